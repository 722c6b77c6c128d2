/** Lowercase words joined by hyphens: the form of every permanent id (a file name without its extension). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
