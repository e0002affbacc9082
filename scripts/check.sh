#!/usr/bin/env bash
# npm run check: everything a fresh clone needs to prove itself. Installs Chromium when missing, builds the embedded
# data and the site, then typechecks, lints, and runs the unit, component and end-to-end tests; ends with one line
# "N passed, N failed" over all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npm run data
npm run build
npm run typecheck
npm run lint
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.ci-unit.json || status=$?
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.ci-e2e.json || status=$?
node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0;
  for (const file of [".ci-unit.json", ".ci-e2e.json"]) {
    if (!fs.existsSync(file)) { failed += 1; continue; }
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  console.log(`${passed} passed, ${failed} failed`);
'
exit "$status"
