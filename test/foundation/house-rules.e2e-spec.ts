import { ESLint } from 'eslint';

// The layering rules as the lint applies them (eslint.config.mjs, scripts/eslint/house-rules.mjs),
// on code written as a new service or repository of a domain would be.
describe('the house lint rules', () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function problems(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.map((m) => m.ruleId ?? m.message);
  }

  const service = `
    import { Injectable } from '@nestjs/common';
    import { InjectDataSource } from '@nestjs/typeorm';
    import type { DataSource } from 'typeorm';
    @Injectable()
    export class ThingsService {
      constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
      count() {
        return this.dataSource.query('SELECT count(*) FROM things');
      }
    }
  `;

  it('refuses SQL and the ORM in a service, and names the rule', async () => {
    const found = await problems('libs/things/src/things.service.ts', service);
    expect(found.filter((rule) => rule === 'house/sql-in-repositories')).toHaveLength(2);
  });

  it('lets a repository hold them', async () => {
    expect(await problems('libs/things/src/things.repository.ts', service)).toEqual([]);
  });

  it('allows ORM types and other objects’ query methods outside repositories', async () => {
    const code = `
      import type { EntityManager } from 'typeorm';
      export function run(manager: EntityManager | undefined, compiled: { query: (a: unknown) => unknown }) {
        return [manager, compiled.query(undefined)];
      }
    `;
    expect(await problems('libs/things/src/things.service.ts', code)).toEqual([]);
  });

  it('refuses a deep import into another library', async () => {
    const code = `import { X } from '@app/companies/src/companies.service.js';\nexport const y = X;\n`;
    expect(await problems('libs/things/src/things.service.ts', code)).toContain('house/public-index-only');
  });
});
