// Small general word lists (English), for telling a label that names a measure from one that is only a unit.
// They describe the language, not any corpus.

export const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about after before ' +
    'as than then that this these those it its is are was were be been being has have had do does did will ' +
    'would can could may might must shall should not no so such per via up down out off own same other ' +
    'more most less least each every all any some which who whom whose what when where why how there here ' +
    'he she they we you i him her them us his their our your my me'
  ).split(' '),
);

export const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds ' +
    'thousand thousands million millions billion billions trillion trillions dozen dozens half quarter ' +
    'first second third fourth fifth sixth seventh eighth ninth tenth once twice triple double'
  ).split(' '),
);

/** Units of measure and the generic nouns numbers count ("people", "times"): alone, they say no measure. */
export const UNIT_WORDS = new Set(
  (
    'percent cent percentage point points dollar dollars usd euro euros pound pounds sterling yen yuan rupee ' +
    'rupees ruble rubles rouble roubles pesos peso franc francs cents pence money ' +
    'km kilometer kilometers kilometre kilometres mile miles meter meters metre metres foot feet inch inches ' +
    'cm mm yard yards square sq acre acres hectare hectares kg kilogram kilograms gram grams ton tons tonne ' +
    'tonnes lb lbs ounce ounces liter liters litre litres gallon gallons degree degrees celsius fahrenheit mph ' +
    'year years month months week weeks day days hour hours minute minutes second seconds decade decades ' +
    'century centuries time times people person persons individual individuals number count total amount ' +
    'unit units item items value values figure figures'
  ).split(' '),
);
