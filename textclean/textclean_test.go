package textclean_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/shareddata"
	"dyad/textclean"

	"github.com/google/go-cmp/cmp"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want string
	}{
		{"ARTICLE AD BOX", textclean.ReasonAd},
		{"Advertisement", textclean.ReasonAd},
		{"Story continues below advertisement", textclean.ReasonAd},
		{"23 hours ago", textclean.ReasonStamp},
		{"Published 16 January 2026", textclean.ReasonStamp},
		{"January 16, 2026, 9:30 a.m. EST", textclean.ReasonStamp},
		{"1", textclean.ReasonCounter},
		{"12 · 4", textclean.ReasonCounter},
		{"English (US) ·", textclean.ReasonLanguage},
		{"English · Español · Français · 中文", textclean.ReasonLanguage},
		{"Share this article", textclean.ReasonPrompt},
		{"Subscribe to our newsletter", textclean.ReasonPrompt},
		{"Donate now", textclean.ReasonPrompt},
		{"Follow us on Twitter", textclean.ReasonPrompt},
		{"Image source, Getty Images", textclean.ReasonMedia},
		{"Copyright 2019 Hawaii News Now. All rights reserved.", textclean.ReasonFooter},
		{"© 2019 Associated Press. All Rights Reserved.", textclean.ReasonFooter},
		{"Filed under: Khawarij |", textclean.ReasonFooter},
		{"Follow her on Twitter @AmyKup or on Facebook.", textclean.ReasonFooter},
		{"Get the latest updates right in your inbox. Subscribe to our newsletters.", textclean.ReasonFooter},
		// Article lines stay.
		{"", ""},
		{"The minister said the copyright law would be reviewed next year.", ""},
		{"Follow-up talks are planned for March, officials said.", ""},
		{"Resetting ties after years of strain", ""},
		{"Carney told Xi he would share the proposal with his cabinet.", ""},
		{"English is the language of the summit.", ""},
		{"In 2017, 1,200 people attended.", ""},
		{"2017", ""},
		{"Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks.", ""},
		{"Advertisement revenue fell by 12% last year, the company said.", ""},
	}
	for _, tt := range tests {
		if got := textclean.Classify(tt.line); got != tt.want {
			t.Errorf("Classify(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	in := "ARTICLE AD BOX\nLeaders meet in Beijing.\r\n\n\n\nThe talks began on Friday.  \nAdvertisement\nThey ended on Saturday.\n\n23 hours ago\n1\n\n\nEnglish (US) ·\n"
	got := textclean.Clean(in)
	want := textclean.Result{
		Text: "Leaders meet in Beijing.\n\nThe talks began on Friday.\nThey ended on Saturday.",
		Removed: []textclean.Removed{
			{Line: 1, Text: "ARTICLE AD BOX", Reason: textclean.ReasonAd},
			{Line: 7, Text: "Advertisement", Reason: textclean.ReasonAd},
			{Line: 10, Text: "23 hours ago", Reason: textclean.ReasonStamp},
			{Line: 11, Text: "1", Reason: textclean.ReasonCounter},
			{Line: 14, Text: "English (US) ·", Reason: textclean.ReasonLanguage},
		},
		Stamps: []string{"23 hours ago"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Clean mismatch (-want +got):\n%s", diff)
	}
}

// TestCleanSeed checks the scraped seed page: its four boilerplate lines go,
// every other line stays as it was.
func TestCleanSeed(t *testing.T) {
	path := filepath.Join(shareddata.Dir(), "seeds", "000_5c88e681c271383d.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("../shared not found: %v", err)
	}
	res := textclean.Clean(string(raw))
	var reasons []string
	for _, r := range res.Removed {
		reasons = append(reasons, r.Text+"="+r.Reason)
	}
	want := []string{"ARTICLE AD BOX=ad", "23 hours ago=stamp", "1=counter", "English (US) ·=language"}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("Clean(seed) removed mismatch (-want +got):\n%s", diff)
	}
	kept := strings.Split(res.Text, "\n")
	i := 0
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || textclean.Classify(strings.TrimSpace(line)) != "" {
			continue
		}
		for i < len(kept) && kept[i] == "" {
			i++
		}
		if i >= len(kept) || kept[i] != strings.TrimRight(line, " \r\t") {
			t.Fatalf("Clean(seed) lost or changed the article line %q", line)
		}
		i++
	}
}

func FuzzClean(f *testing.F) {
	f.Add("ARTICLE AD BOX\nText.\n\n23 hours ago\nEnglish (US) ·")
	f.Add("\r\n\n·\n")
	f.Fuzz(func(t *testing.T, s string) {
		res := textclean.Clean(s)
		if strings.Contains(res.Text, "\n\n\n") {
			t.Errorf("Clean(%q) left a run of blank lines: %q", s, res.Text)
		}
		if res.Text != strings.TrimSpace(res.Text) && strings.TrimSpace(res.Text) != "" && strings.HasPrefix(res.Text, "\n") {
			t.Errorf("Clean(%q) = %q starts with a blank line", s, res.Text)
		}
		for _, r := range res.Removed {
			if textclean.Classify(strings.TrimSpace(r.Text)) != r.Reason {
				t.Errorf("removed %q for %q, but Classify disagrees", r.Text, r.Reason)
			}
		}
	})
}
