/** VM rows in spreadsheets (paste and inventory CSV): columns, cell readers, row reader, gate, writer. */
export * from './columns';
export * from './cells';
export * from './ids';
export * from './read-rows';
export * from './gate';
export * from './write-rows';
