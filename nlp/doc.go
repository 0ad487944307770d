// Package nlp is dyad's English NLP core in pure Go: a tokenizer and
// sentence splitter for news (Segment, Tokenize), and a model (Default) that
// tags each word with its UPOS and Penn XPOS tag, finds its lemma and
// parses the sentence into Universal Dependencies relations (Annotate,
// Parse). Stage runs it as the first stage of the pipeline.
//
// The tagger is a greedy averaged perceptron over word, affix, shape and
// tag-dictionary features, run twice (the second pass sees the first
// pass's tags on the right); the lemmatizer a form table with suffix rules;
// the parser a greedy arc-hybrid transition parser whose averaged
// perceptron over Zhang and Nivre (2011) style features is trained with a
// dynamic oracle on jackknifed tags; a second perceptron names the
// relations. All weights are hashed, pruned and quantised (package
// perceptron). The shipped models (this one and the sentence boundary
// classifier of Segment) are trained on UD English EWT (see model/NOTICE
// and README.md) and decoded once, on first use.
package nlp
