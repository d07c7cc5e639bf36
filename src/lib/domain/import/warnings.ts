/** Something the importer found odd: where (1-based line in the file) and what, in Swedish. */
export interface ImportWarning {
	line: number;
	message: string;
}
