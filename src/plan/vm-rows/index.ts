/** VM rows in spreadsheets (paste and inventory CSV): columns, cell readers (the 5-minute shape's in shape-cell), row reader, gate, writer. */
export * from './columns';
export * from './cells';
export * from './ids';
export * from './read-rows';
export * from './shape-cell';
export * from './gate';
export * from './write-rows';
