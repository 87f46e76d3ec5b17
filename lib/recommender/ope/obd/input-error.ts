// A problem with the files of an Open Bandit Dataset folder (missing, malformed): the CLI prints
// its message alone, since a stack trace says nothing to someone pointing at the wrong folder.
export class ObdInputError extends Error {
  override readonly name = 'ObdInputError';
}
