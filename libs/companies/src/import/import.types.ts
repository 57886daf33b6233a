import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SpreadsheetFormat } from './spreadsheet/spreadsheet-reader.js';

export const SpreadsheetFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const satisfies Record<
  SpreadsheetFormat,
  SpreadsheetFormat
>;
registerEnumType(SpreadsheetFormatEnum, {
  name: 'SpreadsheetFormat',
  description: 'A member spreadsheet: CSV text (UTF-8) or an .xlsx workbook (base64).',
});

@ObjectType({ description: 'One company of an import file and what the import does with it.' })
export class ImportLine {
  @Field()
  externalId: string;

  @Field()
  name: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Its spreadsheet row (the header is row 1); null for JSON.',
  })
  row: number | null;

  @Field({ description: 'True when no company has this externalId yet: it is created, else updated.' })
  isNew: boolean;
}

@ObjectType({ description: 'What an import did, or (dry run) would do.' })
export class ImportResult {
  @Field({ description: 'True when nothing was written.' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Companies in the file.' })
  companies: number;

  @Field(() => Int, { description: 'New externalIds (dry run: would be created).' })
  created: number;

  @Field(() => Int, { description: 'Known externalIds (dry run: would be updated or left unchanged).' })
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'People invited by email.' })
  invited: number;

  @Field(() => [ImportLine], { description: 'Every company of the file, in its order, new or known.' })
  lines: ImportLine[];
}
