/**
 * Familiar forms of English given names, as news writes them for the same
 * person ("Chuck Schumer", "Charles Schumer"): general knowledge of names,
 * like the gazetteer's, not of any particular person.
 */
const FORMS: Record<string, string[]> = {
  charles: ['chuck', 'charlie'],
  william: ['bill', 'billy', 'will', 'willie'],
  robert: ['bob', 'bobby', 'rob', 'bert'],
  richard: ['dick', 'rick', 'rich', 'ricky'],
  james: ['jim', 'jimmy', 'jamie'],
  michael: ['mike', 'mick', 'mickey'],
  joseph: ['joe', 'joey'],
  john: ['jack', 'johnny'],
  thomas: ['tom', 'tommy'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  theodore: ['ted', 'teddy'],
  anthony: ['tony'],
  daniel: ['dan', 'danny'],
  david: ['dave'],
  steven: ['steve'],
  stephen: ['steve'],
  christopher: ['chris'],
  patrick: ['pat'],
  nicholas: ['nick'],
  benjamin: ['ben', 'bibi'],
  samuel: ['sam'],
  matthew: ['matt'],
  andrew: ['andy', 'drew'],
  alexander: ['alex'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  geoffrey: ['geoff'],
  kenneth: ['ken'],
  ronald: ['ron'],
  donald: ['don'],
  gerald: ['gerry', 'jerry'],
  lawrence: ['larry'],
  timothy: ['tim'],
  frederick: ['fred'],
  alfred: ['alf', 'alfie'],
  reginald: ['reg', 'reggie'],
  wilfred: ['wilf'],
  douglas: ['doug', 'dougie'],
  newton: ['newt'],
  stuart: ['stu'],
  stewart: ['stu'],
  peter: ['pete'],
  elizabeth: ['liz', 'beth', 'betsy', 'betty', 'lisa'],
  katherine: ['kate', 'kathy', 'katie'],
  catherine: ['cathy', 'kate'],
  margaret: ['maggie', 'meg', 'peggy'],
  susan: ['sue', 'susie'],
  jennifer: ['jen', 'jenny'],
  rebecca: ['becky'],
  patricia: ['pat', 'patty', 'trish'],
  deborah: ['debbie', 'deb'],
  victoria: ['vicky'],
  kathleen: ['kath'],
  pamela: ['pam'],
  gillian: ['gill'],
  beverley: ['bev'],
  hillary: ['hill'],
};

const FAMILIAR = new Map<string, Set<string>>();
/** Each familiar form's full names ("stu" → "stuart", "stewart"). */
const FULL_NAMES = new Map<string, string[]>();
for (const [full, forms] of Object.entries(FORMS)) {
  for (const form of [full, ...forms]) {
    const set = FAMILIAR.get(form) ?? new Set<string>();
    for (const other of [full, ...forms]) set.add(other);
    FAMILIAR.set(form, set);
  }
  for (const form of forms) FULL_NAMES.set(form, [...(FULL_NAMES.get(form) ?? []), full]);
}

/** The given names a familiar form stands for ("geoff" → "geoffrey"), in lower case; none for another word. */
export const fullNamesOf = (form: string): readonly string[] => FULL_NAMES.get(form) ?? [];

/** Two given names that are forms of one name: "Chuck" and "Charles", "Bill" and "William". */
export const sameGivenName = (a: string, b: string) => FAMILIAR.get(a.toLowerCase())?.has(b.toLowerCase()) ?? false;
