"""sitrep: code English news into political events (CAMEO, PLOVER).

A thin layer over libsitrep (include/sitrep.h) through ctypes: no compiled extension.

    >>> import sitrep
    >>> events = sitrep.code("Canada imposed sanctions on Belarus.", date="2024-09-03")
    >>> events[0]["source"], events[0]["target"], events[0]["cameo"]
    ('CAN', 'BLR', '163')
    >>> df = sitrep.frame(["text one ...", "text two ..."], threads=2)   # needs pandas

Each event is a dict with the fields of the event record (EVENT_FIELDS, in that order):
the actors' codes, countries, roles, words and spans flattened into source_* and target_*
keys, None where a field does not apply. Spans are byte offsets into the article's cleaned
text. A Coder holds the loaded lexicon and model; code() and frame() share one made on
first use with the defaults (the installed lexicon and model, or $SITREP_LEXICON and
$SITREP_MODEL). The library is found through $SITREP_LIBRARY, else beside the installed
module, else by the system's loader.
"""

import ctypes
import ctypes.util
import os

__all__ = ["code", "frame", "Coder", "SitrepError", "EVENT_FIELDS", "version"]


class SitrepError(Exception):
    """A failure of libsitrep: .code is its sitrep_status name ("SITREP_EDICT"), .message
    the library's message naming the input."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def _find_library():
    env = os.environ.get("SITREP_LIBRARY")
    if env:
        return env
    try:
        from . import _where
        here = os.path.dirname(os.path.abspath(__file__))
        path = os.path.normpath(os.path.join(here, _where.LIBRARY_DIR, _where.SONAME))
        if os.path.exists(path):
            return path
    except ImportError:
        pass
    found = ctypes.util.find_library("sitrep")
    if not found:
        raise OSError("libsitrep not found: install sitrep or set SITREP_LIBRARY")
    return found


_c_str = ctypes.c_char_p


class _Error(ctypes.Structure):
    _fields_ = [("message", ctypes.c_char * 1024), ("code", ctypes.c_int),
                ("file", ctypes.c_char * 256), ("line", ctypes.c_uint32),
                ("doc_id", ctypes.c_char * 128), ("offset", ctypes.c_int64)]


class _LoadOptions(ctypes.Structure):
    _fields_ = [("lexicon_dir", _c_str), ("model_file", _c_str), ("shallow", ctypes.c_int),
                ("actors", ctypes.c_void_p), ("agents", ctypes.c_void_p),
                ("verbs", ctypes.c_void_p), ("options", ctypes.c_void_p),
                ("discards", ctypes.c_void_p), ("issues", ctypes.c_void_p),
                ("verb_syntax", ctypes.c_void_p), ("project", _c_str), ("pico", _c_str),
                ("petrarch", ctypes.c_int), ("strict", ctypes.c_int),
                ("diag", ctypes.c_void_p), ("diag_ctx", ctypes.c_void_p)]


class _Article(ctypes.Structure):
    _fields_ = [("id", _c_str), ("date", _c_str), ("outlet", _c_str), ("url", _c_str),
                ("title", _c_str), ("text", _c_str), ("text_len", ctypes.c_size_t)]


class _Actor(ctypes.Structure):
    _fields_ = [("code", _c_str), ("country", _c_str), ("role", _c_str), ("text", _c_str),
                ("start", ctypes.c_int64), ("end", ctypes.c_int64), ("entry", _c_str)]


class _Event(ctypes.Structure):
    _fields_ = [("doc_id", _c_str), ("sentence", ctypes.c_uint32),
                ("sentence_start", ctypes.c_int64), ("sentence_end", ctypes.c_int64),
                ("sentence_text", _c_str), ("source", _Actor), ("target", _Actor),
                ("cameo", _c_str), ("cameo_name", _c_str), ("root", _c_str),
                ("quad_class", ctypes.c_int), ("goldstein", ctypes.c_double),
                ("plover", _c_str), ("plover_mode", _c_str), ("verb_text", _c_str),
                ("verb_start", ctypes.c_int64), ("verb_end", ctypes.c_int64),
                ("verb_entry", _c_str), ("date", _c_str), ("date_precision", _c_str),
                ("date_text", _c_str), ("status", _c_str), ("status_cue", _c_str),
                ("said_by_code", _c_str), ("said_by_text", _c_str), ("said_by_cue", _c_str),
                ("outlet", _c_str), ("url", _c_str), ("mentions", ctypes.c_uint32),
                ("evidence", _c_str)]


EVENT_FIELDS = (
    "doc_id", "sentence", "sentence_start", "sentence_end", "sentence_text",
    "source", "source_country", "source_role", "source_text", "source_start", "source_end",
    "source_entry",
    "target", "target_country", "target_role", "target_text", "target_start", "target_end",
    "target_entry",
    "cameo", "cameo_name", "root", "quad_class", "goldstein", "plover", "plover_mode",
    "verb_text", "verb_start", "verb_end", "verb_entry",
    "date", "date_precision", "date_text", "status", "status_cue",
    "said_by", "said_by_text", "said_by_cue", "outlet", "url", "mentions", "evidence",
)

_lib = ctypes.CDLL(_find_library())
_P = ctypes.c_void_p
_lib.sitrep_version.restype = _c_str
_lib.sitrep_status_name.restype = _c_str
_lib.sitrep_status_name.argtypes = [ctypes.c_int]
_lib.sitrep_load_options_init.argtypes = [ctypes.POINTER(_LoadOptions)]
_lib.sitrep_resources_load.argtypes = [ctypes.POINTER(_LoadOptions), ctypes.POINTER(_P),
                                       ctypes.POINTER(_Error)]
_lib.sitrep_resources_free.argtypes = [_P]
_lib.sitrep_coder_new.argtypes = [_P, ctypes.POINTER(_P), ctypes.POINTER(_Error)]
_lib.sitrep_coder_free.argtypes = [_P]
_lib.sitrep_code.argtypes = [_P, ctypes.POINTER(_Article), ctypes.POINTER(_P),
                             ctypes.POINTER(_Error)]
_lib.sitrep_code_many.argtypes = [_P, ctypes.POINTER(_Article), ctypes.c_size_t, ctypes.c_int,
                                  ctypes.POINTER(_P), ctypes.POINTER(_Error)]
_lib.sitrep_events_count.restype = ctypes.c_size_t
_lib.sitrep_events_count.argtypes = [_P]
_lib.sitrep_events_at.restype = ctypes.POINTER(_Event)
_lib.sitrep_events_at.argtypes = [_P, ctypes.c_size_t]
_lib.sitrep_events_free.argtypes = [_P]


def version():
    """The library's version, "MAJOR.MINOR.PATCH"."""
    return _lib.sitrep_version().decode()


def _text(b):
    return None if b is None else b.decode("utf-8", "replace")


def _span(v):
    return None if v < 0 else v


def _raise(status, err):
    raise SitrepError(_lib.sitrep_status_name(status).decode(), _text(err.message))


def _bytes(s):
    return None if s is None else str(s).encode("utf-8")


def _event(e):
    d = {"doc_id": _text(e.doc_id), "sentence": e.sentence,
         "sentence_start": _span(e.sentence_start), "sentence_end": _span(e.sentence_end),
         "sentence_text": _text(e.sentence_text)}
    for side in ("source", "target"):
        a = getattr(e, side)
        d[side] = _text(a.code)
        for f in ("country", "role", "text"):
            d[side + "_" + f] = _text(getattr(a, f))
        d[side + "_start"] = _span(a.start)
        d[side + "_end"] = _span(a.end)
        d[side + "_entry"] = _text(a.entry)
    known = e.quad_class != 0
    d.update(cameo=_text(e.cameo), cameo_name=_text(e.cameo_name), root=_text(e.root),
             quad_class=e.quad_class if known else None,
             goldstein=e.goldstein if known else None,
             plover=_text(e.plover), plover_mode=_text(e.plover_mode),
             verb_text=_text(e.verb_text), verb_start=_span(e.verb_start),
             verb_end=_span(e.verb_end), verb_entry=_text(e.verb_entry),
             date=_text(e.date), date_precision=_text(e.date_precision),
             date_text=_text(e.date_text), status=_text(e.status),
             status_cue=_text(e.status_cue), said_by=_text(e.said_by_code),
             said_by_text=_text(e.said_by_text), said_by_cue=_text(e.said_by_cue),
             outlet=_text(e.outlet), url=_text(e.url), mentions=e.mentions,
             evidence=_text(e.evidence))
    return {k: d[k] for k in EVENT_FIELDS}


class Coder:
    """The loaded lexicon and model, and a coder over them.

    lexicon: our lexicon's folder; model: the tagger/parser model file (None: the
    defaults); shallow: code with the TABARI engine, without the model. Not to be shared
    between threads: make one per thread."""

    def __init__(self, lexicon=None, model=None, shallow=False):
        self._res = _P()
        self._coder = _P()
        opts = _LoadOptions()
        _lib.sitrep_load_options_init(ctypes.byref(opts))
        opts.lexicon_dir = _bytes(lexicon)
        opts.model_file = _bytes(model)
        opts.shallow = 1 if shallow else 0
        err = _Error()
        status = _lib.sitrep_resources_load(ctypes.byref(opts), ctypes.byref(self._res),
                                            ctypes.byref(err))
        if status != 0:
            _raise(status, err)
        status = _lib.sitrep_coder_new(self._res, ctypes.byref(self._coder), ctypes.byref(err))
        if status != 0:
            self.close()
            _raise(status, err)

    def code(self, text, date=None, id=None, outlet=None, url=None, title=None):
        """The events of one article, a list of dicts (EVENT_FIELDS)."""
        return self.code_many([dict(text=text, date=date, id=id, outlet=outlet, url=url,
                                    title=title)])[0]

    def code_many(self, articles, threads=1):
        """The events of several articles (dicts with the key text and optional id, date,
        outlet, url, title), coded on `threads` threads: one list of events per article,
        in order. A bad article raises SitrepError naming it."""
        if self._coder is None:
            raise ValueError("the coder is closed")
        n = len(articles)
        arts = (_Article * max(n, 1))()
        for i, a in enumerate(articles):
            text = a["text"]
            body = text.encode("utf-8") if isinstance(text, str) else bytes(text)
            arts[i] = _Article(id=_bytes(a.get("id")), date=_bytes(a.get("date")),
                               outlet=_bytes(a.get("outlet")), url=_bytes(a.get("url")),
                               title=_bytes(a.get("title")), text=body, text_len=len(body))
        outs = (_P * max(n, 1))()
        err = _Error()
        status = _lib.sitrep_code_many(self._res, arts, n, threads, outs, ctypes.byref(err))
        try:
            if status != 0:
                _raise(status, err)
            return [[_event(_lib.sitrep_events_at(outs[i], k).contents)
                     for k in range(_lib.sitrep_events_count(outs[i]))] for i in range(n)]
        finally:
            for i in range(n):
                if outs[i]:
                    _lib.sitrep_events_free(outs[i])

    def close(self):
        if self._coder:
            _lib.sitrep_coder_free(self._coder)
        if self._res:
            _lib.sitrep_resources_free(self._res)
        self._coder = self._res = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


_default = None


def _coder(coder):
    global _default
    if coder is not None:
        return coder
    if _default is None:
        _default = Coder()
    return _default


def code(text, date=None, id=None, outlet=None, url=None, title=None, coder=None):
    """Codes one article's text: a list of events, each a dict (EVENT_FIELDS).

    date: the article's date (YYYY-MM-DD); id, outlet, url, title: carried into each
    event; coder: a Coder (default: one with the installed lexicon and model)."""
    return _coder(coder).code(text, date=date, id=id, outlet=outlet, url=url, title=title)


def frame(articles, date=None, coder=None, threads=1):
    """The events of one or more articles as a pandas DataFrame, one row per event, the
    columns EVENT_FIELDS. `articles` is a text, or a list of texts or of dicts with the
    keys text and (optional) id, date, outlet, url, title; `date` applies to articles
    that give none; `threads` codes them on that many threads. Needs pandas."""
    import pandas
    if isinstance(articles, (str, bytes, dict)):
        articles = [articles]
    arts = []
    for i, a in enumerate(articles):
        a = dict(a) if isinstance(a, dict) else {"text": a}
        a.setdefault("id", "doc%d" % (i + 1))
        if a.get("date") is None:
            a["date"] = date
        arts.append(a)
    rows = [e for events in _coder(coder).code_many(arts, threads) for e in events]
    return pandas.DataFrame(rows, columns=list(EVENT_FIELDS))
