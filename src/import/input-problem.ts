import { UserError } from '../diagnostics/errors.ts';

/**
 * One input cannot be imported (missing, unreadable, not fetched, nothing valid to write): its message is one
 * line, or located lines and then one, and the import goes on with the other inputs.
 */
export class InputProblem extends UserError {}
