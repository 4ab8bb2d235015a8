/**
 * Builds the task pane, the ribbon commands and the standalone preview into dist/.
 *
 *   npm run build                                   development URLs (https://localhost:3000/)
 *   ADDIN_URL=https://addins.example.gov.cn/ptcheck/ npm run build
 *                                                   the production URL written into the manifest and the pages
 *   OFFICE_JS_LOCAL=1 npm run build                 office.js served from dist/office-js/ (intranets without internet)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { urlRewriter } = require('./scripts/addin-urls');
const { withContentSecurityPolicy } = require('./scripts/csp');
const targets = require('./scripts/browser-targets');
// What the ES5 fallbacks of the pages say, written into them as a JSON literal.
const pageMessages = { messages: JSON.stringify(require('./src/pages/fallback-messages')).replace(/</g, '\\u003c') };

/**
 * Babel lowers every module, dependencies included (React and Fluent UI ship ES2022), to what the oldest webview parses,
 * and adds the core-js polyfills each module uses. core-js itself and webpack's runtime are left alone.
 */
const babel = {
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    cacheDirectory: true,
    sourceType: 'unambiguous',
    presets: [['@babel/preset-env', { targets: targets.browsers, bugfixes: true, useBuiltIns: 'usage', corejs: '3.51' }]],
  },
};

module.exports = async (env, argv) => {
  const mode = argv.mode || 'production';
  const localOfficeJs = process.env.OFFICE_JS_LOCAL === '1';
  const rewriteUrls = urlRewriter({ addinUrl: process.env.ADDIN_URL, localOfficeJs });

  return {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    // webpack's own runtime code in ES2017 too.
    target: ['web', `es${targets.ecmaVersion}`],
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            babel,
            {
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                // ES modules so that webpack can drop unused Fluent icons; Babel then lowers the syntax.
                compilerOptions: { module: 'esnext', target: 'ES2022', sourceMap: mode === 'development' },
              },
            },
          ],
        },
        {
          test: /\.m?js$/,
          exclude: /node_modules[\\/](core-js|webpack|@babel[\\/]runtime)[\\/]/,
          use: babel,
        },
        {
          // No eval in the shipped code: the pages' Content-Security-Policy refuses it (scripts/loaders/no-eval-global.js).
          test: /office-js-helpers[\\/]dist[\\/]office\.helpers\.js$/,
          enforce: 'pre',
          use: path.resolve(__dirname, 'scripts/loaders/no-eval-global.js'),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'module',
        templateParameters: pageMessages,
      }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], scriptLoading: 'module' }),
      new HtmlWebpackPlugin({ filename: 'notice.html', template: './src/pages/notice.html', chunks: [], templateParameters: pageMessages }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'], scriptLoading: 'module' }),
      {
        // office.js: the CDN, or the local copy for intranets (set in the HTML after it is generated).
        apply(compiler) {
          compiler.hooks.compilation.tap('OfficeJsUrl', (compilation) => {
            HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('OfficeJsUrl', (data) => {
              data.html = rewriteUrls(data.html);
              return data;
            });
          });
        },
      },
      {
        // Each page's Content-Security-Policy (scripts/csp.js), computed last, over the page as shipped: webpack's
        // minimizer rewrites the pages and their inline scripts after they are generated, and the hashes must be
        // those of the final scripts.
        apply(compiler) {
          const { Compilation, sources } = compiler.webpack;
          compiler.hooks.thisCompilation.tap('ContentSecurityPolicy', (compilation) => {
            compilation.hooks.processAssets.tap({ name: 'ContentSecurityPolicy', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
              for (const name of Object.keys(assets).filter((n) => n.endsWith('.html'))) {
                const html = compilation.getAsset(name).source.source().toString();
                compilation.updateAsset(name, new sources.RawSource(withContentSecurityPolicy(html)));
              }
            });
          });
        },
      },
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: rewriteUrls },
          { from: 'src/preview/preview.css', to: 'preview.css' },
          { from: 'samples/caofeidian-2024.xlsx', to: 'samples/caofeidian-2024.xlsx' },
          ...(localOfficeJs ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }] : []),
        ],
      }),
    ],
    devServer: env && env.WEBPACK_SERVE
      ? {
          static: false,
          port: Number(process.env.DEV_SERVER_PORT || 3000),
          headers: { 'Access-Control-Allow-Origin': '*' },
          // Office loads add-ins over https only: the development certificate comes from office-addin-dev-certs,
          // which creates and trusts it on first use.
          server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
        }
      : undefined,
  };
};
