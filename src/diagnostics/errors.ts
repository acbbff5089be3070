/**
 * A problem the person running the command can fix (a wrong option, setting
 * or input): reported as its message alone, never with a stack trace. Any
 * other error is the program's own fault: an internal error.
 */
export class UserError extends Error {
  readonly exitCode: number = 1;
}

/** A wrong setting, such as TRIANGULATE_SITE_URL or --base. */
export class ConfigError extends UserError {}

/** A command line the command does not understand: an unknown option, a missing or malformed value. */
export class UsageError extends UserError {
  override readonly exitCode = 2;
}
