/* What the stemmer tests share: our lunr files, and lunr itself as Material
   ships it inside its search worker (from the worker's source map), so the
   plugin is tested against the very lunr the site runs. */
"use strict"
const fs = require("fs")
const path = require("path")
const { execFileSync } = require("child_process")

const ROOT = path.resolve(__dirname, "../../..")
const LUNR_DIR = path.join(ROOT, "overrides/assets/javascripts/lunr")

const baltic = require(path.join(LUNR_DIR, "baltic.js"))
const languages = {
  lv: require(path.join(LUNR_DIR, "min/lunr.lv.min.js")),
  lt: require(path.join(LUNR_DIR, "min/lunr.lt.min.js"))
}

/* Material's package folder: $MATERIAL_DIR, else asked of the project's Python. */
function materialDir() {
  if (process.env.MATERIAL_DIR) return process.env.MATERIAL_DIR
  const pythons = [path.join(ROOT, ".venv/bin/python"), "/tmp/venv/bin/python", "python3"]
  for (const python of pythons) {
    try {
      return execFileSync(python, ["-c", "import material, os; print(os.path.dirname(material.__file__))"],
        { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
    } catch (err) { /* try the next one */ }
  }
  throw new Error("mkdocs-material not found: set MATERIAL_DIR or install the project")
}

/* A fresh lunr (2.3.x, as bundled by Material) with our plugin for `code`. */
function lunrWith(code) {
  const workers = path.join(materialDir(), "templates/assets/javascripts/workers")
  const map = fs.readdirSync(workers).find(name => /^search\..*\.min\.js\.map$/.test(name))
  const sourceMap = JSON.parse(fs.readFileSync(path.join(workers, map), "utf8"))
  const index = sourceMap.sources.findIndex(source => /node_modules\/lunr\/lunr\.js$/.test(source))
  const module = { exports: {} }
  new Function("module", "exports", sourceMap.sourcesContent[index])(module, module.exports)
  const lunr = module.exports
  baltic.register(lunr, languages[code])
  return lunr
}

module.exports = { ROOT, baltic, languages, lunrWith }
