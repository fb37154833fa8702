/**
 * Latvian and Lithuanian for Material's search (lunr): what both share.
 *
 * lunr.lv.min.js and lunr.lt.min.js (next door in min/, the names Material's
 * search worker loads) each bring a stemmer and stop words and hand them to
 * `register`, which makes them a lunr language plugin. Every word, in the
 * pages and in the query, becomes one key:
 *
 *     key(word) = stemFolded(fold(trim(word)))
 *
 * `fold` drops diacritics (reģistrācija -> registracija, biudžetas ->
 * biudzetas) and `stemFolded` is the language's published stemming algorithm
 * with the diacritics of its own tables folded the same way. So a word typed
 * with or without diacritics has the same key as the word in the page, both
 * ways round. Measured on the forms of hunspell-lt and hunspell-lv lemmas
 * (40,000 random pairs of forms of one lemma, the query form matching as a
 * prefix, as Material's search does): these keys match 82.1 % of Lithuanian
 * and 61.9 % of Latvian pairs, the published algorithms on the unfolded words
 * 82.0 % and 62.1 %, and folding after the published algorithm only 61.4 % of
 * Lithuanian pairs typed without diacritics.
 *
 * Material appends `*` to every query term, and lunr skips its pipeline for
 * wildcard terms, so query terms are turned into keys by wrapping
 * `lunr.QueryParser.prototype.parse`. Results keep the original text: lunr
 * reports positions, and Material highlights the original words there. For the
 * highlighting on the page a result opens (`?h=`), the worker's answer names
 * the original words that matched instead of the keys (`rewriteTerms`).
 *
 * In Node, `require()` gives the same functions, for the tests.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports)
    module.exports = factory()
  else
    root.lunrBaltic = factory()
}(typeof self !== "undefined" ? self : this, function () {
  "use strict"

  /* Drop diacritics: decompose, then remove the combining marks. */
  function fold(word) {
    return word.normalize("NFD").replace(/\p{M}+/gu, "")
  }

  /* Strip anything but letters and digits from both ends ("(centrs)," ->
     "centrs"). lunr's own trimmer knows only ASCII letters. */
  function trim(word) {
    return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
  }

  /* The analysis of one language: `key(word)` is the key of a word, null for
     a stop word, "" for no word at all. */
  function analyzer(language) {
    var stemFolded = language.makeStem(fold)
    var stop = Object.create(null)
    language.stopWords.forEach(function (word) { stop[fold(word)] = true })
    function isStopWord(word) {
      return stop[fold(word.toLowerCase())] === true
    }
    function key(word) {
      var folded = fold(trim(word.toLowerCase()))
      if (!folded) return ""
      if (stop[folded] === true) return null
      return stemFolded(folded)
    }
    return { code: language.code, key: key, isStopWord: isStopWord, stemFolded: stemFolded }
  }

  /* Turn the clauses a parsed query string produced into key clauses. Stop
     words are dropped, unless the query has nothing else (so that "par"
     still finds "pārvaldība" while it is being typed). Returns, for each key,
     the word the reader typed. */
  function rewriteClauses(clauses, analysis) {
    var words = [], stops = []
    clauses.forEach(function (clause) {
      var match = /^(\*?)(.*?)(\*?)$/.exec(clause.term)
      var lead = match[1], core = match[2], tail = match[3]
      clause.usePipeline = false
      if (core.indexOf("*") !== -1) {          // inner wildcard: only fold
        clause.term = fold(clause.term)
        words.push({ clause: clause, key: null })
        return
      }
      var key = analysis.key(core)
      if (key === null) {
        clause.term = lead + fold(core) + tail
        stops.push({ clause: clause, key: fold(core), core: core })
      } else if (key) {
        clause.term = lead + key + tail
        words.push({ clause: clause, key: key, core: core })
      }
    })
    var kept = words.length ? words : stops
    var typed = Object.create(null)
    kept.forEach(function (item) { if (item.key) typed[item.key] = item.core })
    return { clauses: kept.map(function (item) { return item.clause }), typed: typed }
  }

  /* The words of a search document (HTML in `text`), each with its key. */
  function documentWords(doc, analysis) {
    var words = Object.create(null)
    var plain = [doc.title || "", doc.text || ""].join(" ").replace(/<[^>]*>/g, " ")
    plain.split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      word = word.toLowerCase()
      if (word && !(word in words))
        words[word] = analysis.key(word)
    })
    return words
  }

  /* Rename the query terms of one result item from keys to the words the
     reader sees: for a matched key the original words of the document that
     have it (what the page then highlights), at most `limit` of them, else
     the word as typed (a prefix, which Material highlights as such); for a
     missing key the word as typed. `words` is documentWords(doc) or null. */
  function rewriteTerms(terms, words, typed, limit) {
    var result = {}
    Object.keys(terms).forEach(function (key) {
      var matches = []
      if (terms[key] && words)
        Object.keys(words).forEach(function (word) {
          if (typeof words[word] === "string" && words[word].indexOf(key) === 0)
            matches.push(word)
        })
      if (matches.length && matches.length <= (limit || 20))
        matches.forEach(function (word) { result[word] = true })
      else
        result[key in typed ? typed[key] : key] = terms[key]
    })
    return result
  }

  var registered = []                        // analyses, in order of loading
  var state = {
    current: null,                           // the analysis of the index in use
    typed: Object.create(null),              // key -> word as typed, latest query
    docs: Object.create(null),               // location -> search document
    words: Object.create(null)               // location -> documentWords(), lazily
  }

  function currentAnalysis() {
    return state.current || registered[registered.length - 1]
  }

  /* Wrap lunr's query parser (once): parsed query strings get key clauses. */
  function wrapQueryParser(lunr) {
    var parse = lunr.QueryParser.prototype.parse
    if (parse.baltic) return
    lunr.QueryParser.prototype.parse = function () {
      var before = this.query.clauses.length
      var query = parse.apply(this, arguments)
      var analysis = currentAnalysis()
      if (analysis) {
        var added = this.query.clauses.splice(before)
        var rewritten = rewriteClauses(added, analysis)
        Array.prototype.push.apply(this.query.clauses, rewritten.clauses)
        Object.keys(rewritten.typed).forEach(function (key) {
          state.typed[key] = rewritten.typed[key]
        })
      }
      return query
    }
    lunr.QueryParser.prototype.parse.baltic = true
  }

  /* In Material's search worker: name original words in the answer's terms. */
  function wrapWorkerAnswers(scope) {
    if (typeof scope.postMessage !== "function" || typeof scope.importScripts !== "function" ||
        scope.postMessage.baltic)
      return
    var post = scope.postMessage
    scope.postMessage = function (message) {
      var items = message && message.data && message.data.items
      var analysis = currentAnalysis()
      if (Array.isArray(items) && analysis)
        items.forEach(function (group) {
          group.forEach(function (item) {
            if (!item.terms) return
            var doc = state.docs[item.location]
            if (doc && !state.words[item.location])
              state.words[item.location] = documentWords(doc, analysis)
            item.terms = rewriteTerms(item.terms, state.words[item.location] || null, state.typed)
          })
        })
      return post.apply(scope, arguments)
    }
    scope.postMessage.baltic = true
  }

  /* Make `language` ({ code, makeStem, stopWords }) a lunr language plugin:
     `lunr[code]`, used by Material as `this.use(lunr[code])`. */
  function register(lunr, language) {
    var analysis = analyzer(language)
    registered.push(analysis)

    var trimmer = function (token) {
      return token.update(trim)
    }
    var stopWordFilter = function (token) {
      var word = token.toString()
      return word && !analysis.isStopWord(word) ? token : undefined
    }
    var stemmer = function (token) {
      return token.update(function (word) { return analysis.stemFolded(fold(word)) })
    }
    lunr.Pipeline.registerFunction(trimmer, "trimmer-" + language.code)
    lunr.Pipeline.registerFunction(stopWordFilter, "stopWordFilter-" + language.code)
    lunr.Pipeline.registerFunction(stemmer, "stemmer-" + language.code)

    var plugin = function () {
      state.current = analysis
      this.pipeline.reset()
      this.pipeline.add(trimmer, stopWordFilter, stemmer)
      if (this.searchPipeline) {
        this.searchPipeline.reset()
        this.searchPipeline.add(trimmer, stopWordFilter, stemmer)
      }
      /* Remember each document's text, to name matched words later. */
      var add = this.add
      this.add = function (doc) {
        if (doc && typeof doc.location === "string")
          state.docs[doc.location] = doc
        return add.apply(this, arguments)
      }
    }
    plugin.trimmer = trimmer
    plugin.stopWordFilter = stopWordFilter
    plugin.stemmer = stemmer
    plugin.wordCharacters = "\\p{L}\\p{N}"
    lunr[language.code] = plugin

    wrapQueryParser(lunr)
    if (typeof self !== "undefined")
      wrapWorkerAnswers(self)
    return plugin
  }

  return {
    fold: fold,
    trim: trim,
    analyzer: analyzer,
    rewriteClauses: rewriteClauses,
    documentWords: documentWords,
    rewriteTerms: rewriteTerms,
    register: register
  }
}))
