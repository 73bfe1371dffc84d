/*
 * Builds the task pane into dist/web, modelled on OfficeDev/Office-Addin-TaskPane-React.
 *
 * Differences from the template, and why:
 * - output goes to dist/web and only that folder is cleaned: dist/ also holds the compiled
 *   command line (tsconfig.cli.json), which a web build must not wipe;
 * - development certificates are asked for only by `webpack serve` (env.WEBPACK_SERVE), so
 *   `npm run build` works on a machine that has never run office-addin-dev-certs;
 * - the production URL can be given as TONGHOP_URL_PROD instead of editing this file;
 * - no eval-based source maps, because the page's Content-Security-Policy forbids eval.
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = withTrailingSlash(process.env.TONGHOP_URL_PROD || "https://www.contoso.com/"); // CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function getHttpsOptions() {
  // Required lazily: only the dev server needs certificates, and loading the package is slow.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The same pane for any browser (issue 6): no office.js, starts at once, works offline.
      standalone: "./src/standalone/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are caught by `npm run typecheck`; the bundle only needs JS.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "es2020", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              return content.toString().replace(new RegExp(escapeRegExp(urlDev), "g"), urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        template: "./src/standalone/standalone.html",
        chunks: ["standalone"],
      }),
    ],
    performance: {
      // Fluent UI makes one large bundle; the pane loads it once from the add-in's own origin.
      maxAssetSize: 2_000_000,
      maxEntrypointSize: 2_000_000,
    },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};
