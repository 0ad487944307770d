package nlp

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"dyad/internal/shareddata"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

// words returns the token texts of each sentence.
func words(text string, sents []dyad.Sentence) [][]string {
	var out [][]string
	for _, s := range sents {
		var ws []string
		for _, t := range s.Tokens {
			ws = append(ws, t.Span.In(text))
		}
		out = append(out, ws)
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string
	}{
		{"empty", "", nil},
		{"headline then body", "Beijing sees ‘turning point’ in relations\nXi welcomed Carney.",
			[][]string{{"Beijing", "sees", "‘", "turning", "point", "’", "in", "relations"}, {"Xi", "welcomed", "Carney", "."}}},
		{"dateline", "BEIJING, Jan. 16 (Xinhua) -- Chinese President Xi Jinping met Mr. Carney on Friday.",
			[][]string{{"BEIJING", ",", "Jan.", "16", "(", "Xinhua", ")", "--"}, {"Chinese", "President", "Xi", "Jinping", "met", "Mr.", "Carney", "on", "Friday", "."}}},
		{"dateline with agency", "OTTAWA (Reuters) - Canada said on Friday it would retaliate.",
			[][]string{{"OTTAWA", "(", "Reuters", ")", "-"}, {"Canada", "said", "on", "Friday", "it", "would", "retaliate", "."}}},
		{"capitals are not a dateline", "NATO - the alliance - met.",
			[][]string{{"NATO", "-", "the", "alliance", "-", "met", "."}}},
		{"clitics", "He didn't say it's Canada’s.",
			[][]string{{"He", "did", "n't", "say", "it", "'s", "Canada", "’s", "."}}},
		{"quote spans sentences", "“We met. We agreed,” Carney told Xi. Talks ended.",
			[][]string{{"“", "We", "met", "."}, {"We", "agreed", ",", "”", "Carney", "told", "Xi", "."}, {"Talks", "ended", "."}}},
		{"closing quote ends", "He said \"no.\" Then he left.",
			[][]string{{"He", "said", "\"", "no", ".", "\""}, {"Then", "he", "left", "."}}},
		{"numbers and currency", "Tariffs of $1,000.50 rose 10% to €5m in 2025.",
			[][]string{{"Tariffs", "of", "$", "1,000.50", "rose", "10", "%", "to", "€", "5m", "in", "2025", "."}}},
		{"hyphens and dashes", "China-Canada ties — its second-largest partner – an e-mail.",
			[][]string{{"China", "-", "Canada", "ties", "—", "its", "second", "-", "largest", "partner", "–", "an", "e-mail", "."}}},
		{"urls and tags", "See https://example.com/a?b=1 or www.bbc.co.uk, #G7 @POTUS x.y@mail.com.",
			[][]string{{"See", "https://example.com/a?b=1", "or", "www.bbc.co.uk", ",", "#G7", "@POTUS", "x.y@mail.com", "."}}},
		{"list of addresses", "Files: a.pdf - b.pdf http://x.org/1 http://x.org/2",
			[][]string{{"Files", ":", "a.pdf"}, {"-", "b.pdf"}, {"http://x.org/1"}, {"http://x.org/2"}}},
		{"abbreviation at end", "He lives in the U.S. The talks went on.",
			[][]string{{"He", "lives", "in", "the", "U.S."}, {"The", "talks", "went", "on", "."}}},
		{"wrapped line continues", "Carney framed the proposed partnership in broader geopolitical\nterms, arguing for closer ties.",
			[][]string{{"Carney", "framed", "the", "proposed", "partnership", "in", "broader", "geopolitical", "terms", ",", "arguing", "for", "closer", "ties", "."}}},
		{"boilerplate lines", "ARTICLE AD BOX\n23 hours ago\nEnglish (US) ·",
			[][]string{{"ARTICLE", "AD", "BOX"}, {"23", "hours", "ago"}, {"English", "(", "US", ")", "·"}}},
		{"Penn quotes", "Li said:``We will win.'' Talks ended.",
			[][]string{{"Li", "said", ":", "``", "We", "will", "win", ".", "''"}, {"Talks", "ended", "."}}},
		{"postscript", "We met Li. P.S. I am moving. PS. Call me.",
			[][]string{{"We", "met", "Li", "."}, {"P.S.", "I", "am", "moving", "."}, {"PS.", "Call", "me", "."}}},
		{"more abbreviations", "Drs. Ali and Li met Reps. Kim and Lee. Call ext. 37625.",
			[][]string{{"Drs.", "Ali", "and", "Li", "met", "Reps.", "Kim", "and", "Lee", "."}, {"Call", "ext.", "37625", "."}}},
		{"numbered list", "See below. 1. In Section 1.1, add a date. 2. Drop it. He was born in 1990. The end.",
			[][]string{{"See", "below", "."}, {"1", ".", "In", "Section", "1.1", ",", "add", "a", "date", "."}, {"2", ".", "Drop", "it", "."},
				{"He", "was", "born", "in", "1990", "."}, {"The", "end", "."}}},
		{"state and weekday abbreviations", "PONCHATOULA, La. -- Deputies left on Wed. Sept. 20 for Nice.",
			[][]string{{"PONCHATOULA", ",", "La.", "--"}, {"Deputies", "left", "on", "Wed.", "Sept.", "20", "for", "Nice", "."}}},
		{"name with a mark", "Get Yahoo! Messenger and AOL. I use Yahoo! The rest is slow.",
			[][]string{{"Get", "Yahoo!", "Messenger", "and", "AOL", "."}, {"I", "use", "Yahoo!"}, {"The", "rest", "is", "slow", "."}}},
		{"two-dot ellipsis", "No service.. but good food..",
			[][]string{{"No", "service", "..", "but", "good", "food", ".."}}},
		{"emoji and scripts", "Great 👍 talks 习近平 met.",
			[][]string{{"Great", "👍", "talks", "习近平", "met", "."}}},
		{"emoticons end a sentence before a capital", "Great place :) Thanks a lot ;-) I will come back :P the staff… See (:",
			[][]string{{"Great", "place", ":)"}, {"Thanks", "a", "lot", ";-)"}, {"I", "will", "come", "back", ":P", "the", "staff", "…"}, {"See", "(:"}}},
		{"marks that are not emoticons", "Ratio 3:2 (see note) Step 8) Done.",
			[][]string{{"Ratio", "3:2", "(", "see", "note", ")", "Step", "8", ")", "Done", "."}}},
	}
	for _, tt := range tests {
		got := words(tt.text, Segment(tt.text))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Segment(%q) (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}

// checkSpans fails unless the sentences and tokens are in order, inside
// text, non-empty and without overlap, and every token lies in its
// sentence.
func checkSpans(t *testing.T, text string, sents []dyad.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range sents {
		if err := s.Span.Validate(len(text)); err != nil || s.Span.Len() == 0 || s.Span.Start < prev {
			t.Fatalf("sentence %d span %v bad in text of %d bytes (previous end %d)", i, s.Span, len(text), prev)
		}
		prev = s.Span.Start
		for j, tok := range s.Tokens {
			if !s.Span.Contains(tok.Span) || tok.Span.Len() == 0 || tok.Span.Start < prev {
				t.Fatalf("sentence %d token %d span %v bad (sentence %v, previous end %d)", i, j, tok.Span, s.Span, prev)
			}
			if !utf8.ValidString(tok.Span.In(text)) && utf8.ValidString(text) {
				t.Fatalf("token %v splits a character", tok.Span)
			}
			prev = tok.Span.End
		}
	}
}

func TestSegmentOddInput(t *testing.T) {
	tests := map[string]string{
		"no punctuation":   strings.Repeat("word ", 200000),
		"control":          "a\x00b\x01c\x7f d\u200b e\ufeff",
		"only punctuation": strings.Repeat(".!?\"”’--—", 1000),
		"long token":       strings.Repeat("x", 1<<20),
	}
	for name, text := range tests {
		sents := Segment(text)
		checkSpans(t, text, sents)
		if name == "no punctuation" && len(sents) < 2 {
			t.Errorf("%s: %d sentences; want the long line cut", name, len(sents))
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith didn't go to the U.S. He said \"no.\"", "a-b--c—d $5 10% www.x.com #a @b", "“Q,” he said.\n\nNew line", "\x00\xff", "...!?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Segment(text))
	})
}

// shared returns the path of a file under ../shared (or $DYAD_SHARED), or
// skips the test.
func shared(t testing.TB, path string) string {
	t.Helper()
	return shareddata.Path(t, path)
}

// TestSegmentSeedPage checks that on the seed page every line without a
// sentence mark inside it (headlines, datelines, boilerplate) is exactly
// one sentence, and that no sentence crosses a line break.
func TestSegmentSeedPage(t *testing.T) {
	b, err := os.ReadFile(shared(t, "seeds/000_5c88e681c271383d.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	sents := Segment(text)
	checkSpans(t, text, sents)
	starts := map[int]dyad.Sentence{}
	for _, s := range sents {
		if strings.Contains(s.Span.In(text), "\n") {
			t.Errorf("sentence %q crosses a line break", s.Span.In(text))
		}
		starts[s.Span.Start] = s
	}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimSpace(line)
		start := off + strings.Index(line, trimmed)
		off += len(line)
		if trimmed == "" || strings.ContainsAny(strings.TrimRight(trimmed, ".!?”\""), ".!?") {
			continue
		}
		s, ok := starts[start]
		if !ok || s.Span.End != start+len(trimmed) {
			t.Errorf("line %q is not one sentence", trimmed)
		}
	}
}

func TestTokenizePathological(t *testing.T) {
	for name, text := range map[string]string{
		"hyphens": strings.Repeat("a-", 1<<19),
		"periods": strings.Repeat("a.", 1<<19),
		"quotes":  strings.Repeat("\"'", 1<<19),
	} {
		checkSpans(t, text, Segment(text))
		_ = name
	}
}

// TestSegmentBoundary checks the sentence ends that the shipped boundary
// classifier adds to the rules, and that the rules alone do not.
func TestSegmentBoundary(t *testing.T) {
	if loadBoundary() == nil {
		t.Fatal("the shipped boundary classifier does not decode")
	}
	tests := []struct {
		name, text  string
		want, rules int // sentences with the classifier, and with the rules alone
	}{
		{"lower case after a mark", "I loved this place! the staff were great", 2, 1},
		{"sign-off without a mark", "Call me tomorrow. Thanks, Sean", 3, 2},
		{"no end between capitalised words", "Xi Jinping meets Canadian PM Mark Carney in Beijing", 1, 1},
		{"no end before a name after a verb", "Xi Jinping met with Mark Carney in Beijing on Friday", 1, 1},
		{"dateline with a source in lower case", "OTTAWA, March 6 (dyad example) -- Canadian Prime Minister Mark Carney met Li.", 2, 2},
		{"no end inside a Penn quotation", "Russell said:`` A lot of families' ideas were included.'' Talks went on.", 2, 2},
		{"no end inside a dateline", "CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a suit.", 2, 2},
		{"sign-off after a sentence", "I will send it today. Best regards, Debra Perlingiere", 3, 2},
		{"ordinary sentences", "Xi welcomed Carney. The two leaders held talks.", 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(Segment(tt.text)); got != tt.want {
				t.Errorf("Segment(%q) gives %d sentences, want %d", tt.text, got, tt.want)
			}
			if got := len(segment(tt.text, nil)); got != tt.rules {
				t.Errorf("segment(%q, nil) gives %d sentences, want %d", tt.text, got, tt.rules)
			}
		})
	}
}
