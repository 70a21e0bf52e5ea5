// ESLint flat config: keeps the core pure and the platforms in their lanes (ENGINEERING.md §3, §5, §7).
// TypeScript 7 has no JS compiler API, so TS/TSX is parsed by Babel's TypeScript preset.
import babelParser from '@babel/eslint-parser';

const tsLanguage = {
  parser: babelParser,
  parserOptions: {
    requireConfigFile: false,
    babelOptions: {
      babelrc: false,
      configFile: false,
      presets: [['@babel/preset-typescript', { allExtensions: true, isTSX: true, onlyRemoveTypeImports: true }]],
    },
  },
};

const platformGlobals = ['browser', 'chrome', 'Office', 'Excel', 'window', 'document', 'location', 'navigator', 'localStorage', 'fetch'].map(
  (name) => ({ name, message: `shared/ は純粋なコアです: ${name} はプラットフォーム側 (extension/ か addin/) で使ってください。` }),
);
const noClock = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0], CallExpression[callee.object.name='Date'][callee.property.name='now']",
  message: '時計は shared/clock.ts だけで読みます。now / today を引数で渡してください。',
};
const noPlatformTypes = {
  selector: "TSQualifiedName[left.name=/^(Office|Excel|chrome)$/]",
  message: 'shared/ は Office / Excel / chrome の型に依存しません。',
};

export default [
  { ignores: ['node_modules/**', '.output/**', '.wxt/**', 'addin/dist/**', 'release/**', 'tests/.reports/**', 'tests/.artifacts/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ...tsLanguage, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-unreachable': 'error',
      'no-unsafe-finally': 'error',
      'no-self-assign': 'error',
      'no-constant-binary-expression': 'error',
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      'prefer-const': 'error',
      // No innerHTML with page data (ENGINEERING.md §7): build DOM with textContent / Preact.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'innerHTML は使いません (textContent か Preact で描画)。' },
        { property: 'outerHTML', message: 'outerHTML は使いません。' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...platformGlobals, { name: 'indexedDB', message: 'indexedDB は shared/persistence からだけ、引数で受け取って使います。' }],
      'no-restricted-syntax': ['error', noClock, noPlatformTypes],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/extension/**', '@/*', '~/*', 'wxt', 'wxt/*'], message: 'shared/ は extension/ を import できません。' },
          { group: ['**/addin/**', 'preact', 'preact/*'], message: 'shared/ は addin/ や UI を import できません。' },
        ],
      }],
    },
  },
  { files: ['shared/clock.ts'], rules: { 'no-restricted-syntax': ['error', noPlatformTypes] } },
  // Content scripts (extension/sites, extension/content) are injected into every Diet page: single shared modules
  // only, never the barrel (it drags in zod and every schema; budget in tests/e2e/capture.e2e.test.ts).
  {
    files: ['extension/sites/**/*.ts', 'extension/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: '@shared/index', message: 'content script には shared の個別モジュール (例 @shared/dates/parse-wareki) を import してください。' },
          { name: 'zod', message: 'content script に zod を入れません (検査は background の checkScrapeResult で行います)。' },
        ],
      }],
    },
  },
  // Add-in: Excel I/O only in addin/excel/ (ENGINEERING.md §5); office.js host detection only in addin/platform/.
  {
    files: ['addin/**/*.{ts,tsx}'],
    ignores: ['addin/excel/**', 'addin/platform/detect-host.ts', 'addin/vite.config.ts'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'Excel', message: 'Excel.run / context.sync は addin/excel/ だけで使います (コンポーネントや盤面は BoardWorkbook を通します)。' },
        { name: 'Office', message: 'Office は addin/platform/detect-host.ts と addin/excel/ だけで使います。' }],
    },
  },
];
