// Reference for the survey benchmark (issue 20): the same work as Waymark's, done by DuckDB
// through its Node API (@duckdb/node-api, installed by bench_data.py into a scratch folder of
// the build tree: a benchmark tool, never a build or test dependency).
//
//   node duckdb_nps.mjs nps FILE.csv
//       NPS per touchpoint × quarter straight from the CSV (read_csv), printed as CSV:
//       touchpoint,quarter,n,detractors,passives,promoters,nps
//   node duckdb_nps.mjs import FILE.csv DATABASE.duckdb
//       CREATE TABLE answers AS read_csv(FILE) into a database file.
//
// The time DuckDB itself took (after the module is loaded) goes to standard error as
// "duckdb: SECONDS s", so start-up can be told apart from the query.
import { DuckDBInstance } from '@duckdb/node-api';

const [mode, file, database] = process.argv.slice(2);
if (!(mode === 'nps' && file) && !(mode === 'import' && file && database)) {
    console.error('usage: duckdb_nps.mjs nps FILE.csv | import FILE.csv DATABASE.duckdb');
    process.exit(2);
}
const quoted = (text) => `'${text.replaceAll("'", "''")}'`;
const start = process.hrtime.bigint();
const instance = await DuckDBInstance.create(mode === 'import' ? database : ':memory:');
const connection = await instance.connect();
if (mode === 'import') {
    await connection.run(`CREATE TABLE answers AS SELECT * FROM read_csv(${quoted(file)})`);
    await connection.run('CHECKPOINT');
} else {
    // Waymark's quarter label (2024-Q1) and bands: detractors 0–6, passives 7–8, promoters 9–10.
    const reader = await connection.runAndReadAll(`
        SELECT touchpoint,
               CAST(year(date) AS VARCHAR) || '-Q' || CAST(quarter(date) AS VARCHAR) AS quarter,
               count(*) AS n,
               count(*) FILTER (WHERE score <= 6) AS detractors,
               count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS passives,
               count(*) FILTER (WHERE score >= 9) AS promoters
        FROM read_csv(${quoted(file)})
        GROUP BY ALL ORDER BY ALL`);
    const lines = ['touchpoint,quarter,n,detractors,passives,promoters,nps'];
    for (const [touchpoint, quarter, n, detractors, passives, promoters] of reader.getRows()) {
        const nps = (100 * (Number(promoters) - Number(detractors))) / Number(n);
        lines.push([touchpoint, quarter, n, detractors, passives, promoters, nps.toFixed(2)].join(','));
    }
    process.stdout.write(lines.join('\n') + '\n');
}
connection.closeSync();
console.error(`duckdb: ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(3)} s`);
