#!/usr/bin/env node
// `npm start`: as Microsoft's template, sideload the add-in into desktop Excel and start the dev
// server, where that is possible (Windows, macOS). On Linux there is no desktop Excel, so say how to
// use Excel on the web instead of failing somewhere inside office-addin-debugging.
const { spawnSync } = require('node:child_process');

const MANIFEST = 'manifest.xml';

function sideloadOnTheWeb() {
  console.log(`Desktop Excel cannot be sideloaded on ${process.platform}. Use Excel on the web:

  1. npm run dev-server        (serves https://localhost:3000; leave it running)
  2. Open https://localhost:3000/taskpane.html in the same browser once and accept the
     certificate if it asks (run \`npx office-addin-dev-certs install\` to get a trusted one).
  3. Open a workbook at https://www.office.com, then Home > Add-ins > More Add-ins >
     My Add-ins > Upload My Add-in, and choose ${MANIFEST} from this folder.
  4. Type =BIDRAG.DISTRIBUTE(1000, {1;2;3}) in a cell (Swedish Excel: =BIDRAG.FÖRDELA(1000; {1;2;3})).

For a deployed build: ADDIN_BASE_URL=https://your.host npm run build, then upload dist/${MANIFEST}.`);
}

if (process.platform === 'win32' || process.platform === 'darwin') {
  // office-addin-debugging is not a devDependency (it pulls in the Teams Toolkit); npx fetches it.
  const result = spawnSync('npx', ['--yes', 'office-addin-debugging@7.0.0', 'start', MANIFEST, 'desktop'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
} else {
  sideloadOnTheWeb();
}
