/**
 * The hidden form field that carries a file's opening `#` comment lines (the ingest's note on a draft) through an
 * admin edit, so a save keeps them. It is part of the file, not of the record: no schema has it.
 */
export const FILE_COMMENT_FIELD = 'fileComment';
