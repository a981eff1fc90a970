"""Throughput of Microsoft Presidio's pattern recognizers, for comparison with our scanner.

Setup (no Rust toolchain needed):

    python3 -m venv /tmp/presidio/venv
    /tmp/presidio/venv/bin/pip install presidio-analyzer phonenumbers
    /tmp/presidio/venv/bin/python bench/presidio_compare.py [path/to/messages.jsonl]

Only Presidio's pattern-based recognizers are used (regex + checksum validators, and
python-phonenumbers for phones), with no NLP engine: the spaCy language models that
Presidio's default AnalyzerEngine loads cannot be downloaded offline. Two figures are
measured, single-threaded, over whole passes of the corpus (>= 2 passes or >= 20 s):

  * direct:   each recognizer's analyze(text, entities, nlp_artifacts=None) on every message;
  * analyzer: AnalyzerEngine.analyze() with a registry of the same recognizers and a no-op
              NLP engine (the usual entry point; adds context enhancement and de-duplication).

All recognizers are registered under language "en" so that every recognizer (including the
Swedish ones) runs on every message, as our scanner does. Phone regions: SE, GB, US (the
corpus languages; Presidio's default list lacks SE).
"""
import argparse
import json
import time
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import tldextract
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from presidio_analyzer import predefined_recognizers as pr

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus/messages.jsonl"


# EmailRecognizer validates domains with tldextract, which would try to download the public
# suffix list; use the snapshot bundled with tldextract instead (offline).
tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())


def make_recognizers():
    generic = [pr.EmailRecognizer, pr.CreditCardRecognizer, pr.IbanRecognizer,
               pr.IpRecognizer, pr.UrlRecognizer, pr.CryptoRecognizer,
               pr.SePersonnummerRecognizer, pr.SeOrganisationsnummerRecognizer]
    recs = [cls(supported_language="en") for cls in generic]
    recs.append(pr.PhoneRecognizer(supported_language="en", supported_regions=("SE", "GB", "US")))
    return recs


class NoNlpEngine(NlpEngine):
    """NLP engine that produces empty artifacts (no tokens, no entities)."""

    def load(self): pass
    def is_loaded(self): return True
    def process_text(self, text, language):
        return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[],
                            nlp_engine=self, language=language)
    def process_batch(self, texts, language, batch_size=1, n_process=1, **kwargs):
        return ((t, self.process_text(t, language)) for t in texts)
    def is_stopword(self, word, language): return False
    def is_punct(self, word, language): return False
    def get_supported_entities(self): return []
    def get_supported_languages(self): return ["en"]


def bench(name, texts, nbytes, scan):
    """Run scan(text) -> list of results over whole passes; print throughput and findings."""
    scan(texts[0])  # warm-up (lazy loading, regex compilation)
    findings, passes, start = Counter(), 0, time.perf_counter()
    while passes < 2 and (passes == 0 or time.perf_counter() - start < 20):
        for t in texts:
            results = scan(t)
            if passes == 0:
                findings.update(r.entity_type for r in results)
        passes += 1
    secs = time.perf_counter() - start
    print(f"\n[{name}] {passes} passes in {secs:.2f} s")
    print(f"  throughput: {passes * nbytes / secs / 1e6:.3f} MB/s, "
          f"{passes * len(texts) / secs:.1f} messages/s")
    print("  findings per type (one pass): " +
          ", ".join(f"{k}={v}" for k, v in sorted(findings.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="use only the first N messages")
    args = ap.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    if args.limit:
        texts = texts[: args.limit]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)

    recs = make_recognizers()
    print(f"presidio-analyzer {version('presidio-analyzer')}, "
          f"phonenumbers {version('phonenumbers')}")
    print(f"corpus: {args.corpus}: {len(texts)} messages, {nbytes} UTF-8 bytes")
    print("recognizers: " + ", ".join(type(r).__name__ for r in recs))

    def direct(text):
        out = []
        for r in recs:
            out += r.analyze(text, entities=r.supported_entities, nlp_artifacts=None)
        return out

    bench("direct recognizers", texts, nbytes, direct)

    registry = RecognizerRegistry(recognizers=recs, supported_languages=["en"])
    engine = AnalyzerEngine(registry=registry, nlp_engine=NoNlpEngine(),
                            supported_languages=["en"])
    bench("AnalyzerEngine, no-op NLP", texts, nbytes,
          lambda t: engine.analyze(t, language="en"))


if __name__ == "__main__":
    main()
