package actor

import (
	"os"
	"testing"
	"time"

	"dyad"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

// TestLookupSpotChecks checks the tables against the dates the issue names.
func TestLookupSpotChecks(t *testing.T) {
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, day, code, person, role string
	}{
		{"Carney", "2025-03-14", "CANGOV", "Mark Carney", "head of government"},
		{"Carney", "2025-03-13", "CAN", "Mark Carney", ""},
		{"Mark Carney", "2024-05-01", "CAN", "Mark Carney", ""},
		{"Li Qiang", "2023-03-11", "CHNGOV", "Li Qiang", "head of government"},
		{"Li Qiang", "2024-05-01", "CHNGOV", "Li Qiang", "head of government"},
		{"Li Qiang", "2023-03-10", "CHN", "Li Qiang", ""},
		{"Merz", "2025-05-06", "DEUGOV", "Friedrich Merz", "head of government"},
		{"Friedrich Merz", "2025-05-05", "DEU", "Friedrich Merz", ""},
		{"Xi Jinping", "2026-01-16", "CHNGOV", "Xi Jinping", "head of state"},
		{"Trump", "2019-06-01", "USAGOV", "Donald Trump", "head of state and government"},
		{"Trump", "2022-06-01", "USAELI", "Donald Trump", "former head of state and government"},
		{"Trump", "2025-06-01", "USAGOV", "Donald Trump", "head of state and government"},
		{"Starmer", "2024-07-05", "GBRGOV", "Keir Starmer", "head of government"},
		{"Modi", "2020-01-01", "INDGOV", "Narendra Modi", "head of government"},
		{"Wang Yi", "2023-03-01", "CHNELI", "Wang Yi", "former foreign minister"},
		{"Wang Yi", "2024-03-01", "CHNGOV", "Wang Yi", "foreign minister"},
		{"Rubio", "2025-06-01", "USAGOV", "Marco Rubio", "foreign minister"},
		{"Canadian Prime Minister", "2024-05-01", "CANGOV", "Justin Trudeau", "head of government"},
		{"Canadian Prime Minister", "2025-05-01", "CANGOV", "Mark Carney", "head of government"},
		{"NATO", "2026-01-16", "NAT", "North Atlantic Treaty Organization", ""},
	}
	for _, tt := range tests {
		ans, err := r.Lookup(tt.name, day(tt.day))
		if err != nil {
			t.Errorf("Lookup(%q, %s): %v", tt.name, tt.day, err)
			continue
		}
		if a := ans.Actor; a.Code != tt.code || a.Name != tt.person || a.Role != tt.role {
			t.Errorf("Lookup(%q, %s) = %s %q %q, want %s %q %q", tt.name, tt.day, a.Code, a.Name, a.Role, tt.code, tt.person, tt.role)
		}
	}
}

func TestLookupNotFound(t *testing.T) {
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Nobody Inparticular", "the", "   "} {
		_, err := r.Lookup(name, day("2026-01-16"))
		if code := dyad.ErrorCode(err); code != dyad.ENOTFOUND && code != dyad.EINVALID {
			t.Errorf("Lookup(%q) = %v, want not_found or invalid", name, err)
		}
	}
}

// TestParsedCapital checks that the parse, when there is one, decides
// whether a capital acts: nsubj of a verb is an actor, an oblique with a
// place preposition is a place.
func TestParsedCapital(t *testing.T) {
	text := "In Beijing , Ottawa seeks trade ."
	//        0  3       11 13     20    26   31
	a := dyad.NewAnalysis(dyad.Article{Text: text, Published: day("2026-01-16"), PublishedSource: dyad.PublishedCaller})
	sp := func(s, e int) dyad.Span { return dyad.Span{Start: s, End: e} }
	a.Sentences = []dyad.Sentence{{Span: sp(0, len(text)), Tokens: []dyad.Token{
		{Span: sp(0, 2), UPOS: "ADP", Head: 2, Deprel: "case"},
		{Span: sp(3, 10), UPOS: "PROPN", Head: 5, Deprel: "obl"},
		{Span: sp(11, 12), UPOS: "PUNCT", Head: 5, Deprel: "punct"},
		{Span: sp(13, 19), UPOS: "PROPN", Head: 5, Deprel: "nsubj"},
		{Span: sp(20, 25), UPOS: "VERB", Head: 0, Deprel: "root"},
		{Span: sp(26, 31), UPOS: "NOUN", Head: 5, Deprel: "obj"},
		{Span: sp(32, 33), UPOS: "PUNCT", Head: 5, Deprel: "punct"},
	}}}
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Run(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Mentions) != 1 || a.Mentions[0].Text != "Ottawa" || a.Mentions[0].Actor.Code != "CANGOV" {
		t.Errorf("mentions = %s, want only Ottawa CANGOV", listMentions(a))
	}
}

func TestUnknownPeople(t *testing.T) {
	a := analyse(t, "Thai Foreign Minister Sihasak Phuangketkeow met Chinese Premier Li Qiang. Sihasak said the talks went well.", day("2026-01-16"))
	got := UnknownPeople(a)
	if len(got) != 1 || got[0].Actor.Name != "Sihasak Phuangketkeow" || got[0].Actor.Code != "THAGOV" || got[0].Actor.Role != "foreign minister" {
		t.Errorf("UnknownPeople = %+v, want Sihasak Phuangketkeow THAGOV foreign minister", got)
	}
}

func TestRunNeedsSentences(t *testing.T) {
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	a := dyad.NewAnalysis(dyad.Article{Text: "Carney met Xi."})
	if err := r.Run(a); err != ErrNoSentences {
		t.Errorf("Run without sentences = %v, want ErrNoSentences", err)
	}
}

// TestParseOverridesHeuristic checks that a parse wins over the word
// heuristics ("Beijing on Friday announced": nsubj, so an actor) and that
// NLP tokens split differently from Words do not hide a name.
func TestParseOverridesHeuristic(t *testing.T) {
	text := "Beijing on Friday announced tariffs , Kosiniak-Kamysz said ."
	sp := func(s, e int) dyad.Span { return dyad.Span{Start: s, End: e} }
	toks := []dyad.Token{{Span: sp(0, 7), Head: 4, Deprel: "nsubj"}}
	// The remaining tokens, split at spaces and hyphens as UD does,
	// attached to the root.
	for i, start := 8, 8; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' || text[i] == '-' {
			toks = append(toks, dyad.Token{Span: sp(start, i), Head: 4, Deprel: "dep"})
			if i < len(text) && text[i] == '-' {
				toks = append(toks, dyad.Token{Span: sp(i, i+1), Head: 4, Deprel: "punct"})
			}
			start = i + 1
		}
	}
	toks[3].Head, toks[3].Deprel = 0, "root"
	a := dyad.NewAnalysis(dyad.Article{Text: text, Published: day("2026-01-16"), PublishedSource: dyad.PublishedCaller})
	a.Sentences = []dyad.Sentence{{Span: sp(0, len(text)), Tokens: toks}}
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Run(a); err != nil {
		t.Fatal(err)
	}
	if m := findMention(a, "Beijing"); m == nil || m.Actor.Code != "CHNGOV" {
		t.Errorf("Beijing as nsubj: mentions %s, want CHNGOV", listMentions(a))
	}
	if m := findMention(a, "Kosiniak-Kamysz"); m == nil || m.Actor.Code != "POLGOV" {
		t.Errorf("Kosiniak-Kamysz split by the parser: mentions %s, want POLGOV", listMentions(a))
	}
	// Without the parse the heuristic reads "Beijing on Friday" as a place.
	a.Sentences[0].Tokens = nil
	a.Mentions = nil
	if err := r.Run(a); err != nil {
		t.Fatal(err)
	}
	if m := findMention(a, "Beijing"); m != nil {
		t.Errorf("Beijing without parse: mentions %s, want none", listMentions(a))
	}
}

// TestConcurrentRun checks that one resolver serves many goroutines with
// the same results as one (run it with -race).
func TestConcurrentRun(t *testing.T) {
	text := "Chinese President Xi Jinping met Canadian Prime Minister Mark Carney. He said Ottawa seeks trade. Riot police stood by in Beijing."
	want := listMentions(analyse(t, text, day("2026-01-16")))
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			r, _ := testResolver()
			a := dyad.NewAnalysis(dyad.Article{Text: text, Published: day("2026-01-16"), PublishedSource: dyad.PublishedCaller})
			a.Sentences = testSentences(text)
			if err := r.Run(a); err != nil {
				errs <- err.Error()
				return
			}
			errs <- listMentions(a)
		}()
	}
	for range 8 {
		if got := <-errs; got != want {
			t.Errorf("concurrent Run = %s, want %s", got, want)
		}
	}
}

func TestSkipsBoilerplate(t *testing.T) {
	text := "Carney met Xi.\nEnglish (US) ·"
	a := dyad.NewAnalysis(dyad.Article{Text: text, Published: day("2026-01-16"), PublishedSource: dyad.PublishedCaller})
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 14}}, {Span: dyad.Span{Start: 15, End: len(text)}, Boilerplate: true}}
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Run(a); err != nil {
		t.Fatal(err)
	}
	if got := listMentions(a); got != `["Carney"=CANGOV(person: surname), "Xi"=CHNGOV(person: surname)]` {
		t.Errorf("mentions = %s, want Carney and Xi only", got)
	}
}

// TestParsedTitleAdjective checks that a lower-case title the parse makes
// an adjective of the next word ("a general license") is no actor, while
// the same word as a noun after a country mention is.
func TestParsedTitleAdjective(t *testing.T) {
	text := "Canada issued a general license ."
	//        0      7      14 16      24      32
	sp := func(s, e int) dyad.Span { return dyad.Span{Start: s, End: e} }
	for _, c := range []struct {
		name        string
		rel         string
		head        int
		wantGeneral bool
	}{
		{"adjective", "amod", 5, false},
		{"noun", "obj", 2, true},
	} {
		a := dyad.NewAnalysis(dyad.Article{Text: text, Published: day("2026-01-16"), PublishedSource: dyad.PublishedCaller})
		a.Sentences = []dyad.Sentence{{Span: sp(0, len(text)), Tokens: []dyad.Token{
			{Span: sp(0, 6), UPOS: "PROPN", Head: 2, Deprel: "nsubj"},
			{Span: sp(7, 13), UPOS: "VERB", Head: 0, Deprel: "root"},
			{Span: sp(14, 15), UPOS: "DET", Head: 5, Deprel: "det"},
			{Span: sp(16, 23), UPOS: "ADJ", Head: c.head, Deprel: c.rel},
			{Span: sp(24, 31), UPOS: "NOUN", Head: 2, Deprel: "obj"},
			{Span: sp(32, 33), UPOS: "PUNCT", Head: 2, Deprel: "punct"},
		}}}
		r, err := testResolver()
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Run(a); err != nil {
			t.Fatal(err)
		}
		got := findMention(a, "general") != nil
		if got != c.wantGeneral {
			t.Errorf("%s: mention of \"general\" = %v, want %v; mentions %s", c.name, got, c.wantGeneral, listMentions(a))
		}
	}
}
