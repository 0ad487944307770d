package pubdate_test

import (
	"testing"
	"time"

	"dyad"
	"dyad/pubdate"
)

var now = time.Date(2026, 1, 17, 10, 0, 0, 0, time.UTC)

func TestFromURL(t *testing.T) {
	tests := []struct {
		url  string
		want string
	}{
		{"https://www.cleveland.com/entertainment/2019/11/19/doobie.html", "2019-11-19"},
		{"https://x.example/news/20260116-talks", "2026-01-16"},
		{"https://x.example/2026-01-15/talks?id=2019-01-01", "2026-01-15"},
		{"https://x.example/2019/11/doobie.html", ""},
		{"https://www.politifact.com/west-virginia/statements/2019/nov/18/david-mckinley/what/", "2019-11-18"},
		{"https://x.example/article/11574168580", ""},
		{"https://x.example/2019/02/30/bad-day", ""},
		{"https://x.example/2030/01/01/future", ""},
		{"https://x.example", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := pubdate.FromURL(tt.url, now)
		if got := dyad.FormatDate(d); got != tt.want || ok != (tt.want != "") {
			t.Errorf("FromURL(%q) = %q, %v, want %q", tt.url, got, ok, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"WASHINGTON, Nov. 19, 2019 (Reuters) - The Senate voted.", "2019-11-19"},
		{"Published 16 January 2026\nThe talks began.", "2026-01-16"},
		{"2026-01-15: the talks began.", "2026-01-15"},
		{"The talks began on Friday.", ""},
		{"The treaty of May 5, 1955 was signed.", ""},
	}
	for _, tt := range tests {
		d, ok := pubdate.Dateline(tt.text, now)
		if got := dyad.FormatDate(d); got != tt.want || ok != (tt.want != "") {
			t.Errorf("Dateline(%q) = %q, %v, want %q", tt.text, got, ok, tt.want)
		}
	}
}

func TestRelative(t *testing.T) {
	tests := []struct {
		line string
		want string
	}{
		{"23 hours ago", "2026-01-16"},
		{"5 mins ago", "2026-01-17"},
		{"an hour ago", "2026-01-17"},
		{"2 days ago", "2026-01-15"},
		{"Updated 1 week ago", "2026-01-10"},
		{"two days ago the minister said", ""},
		{"23 hours", ""},
	}
	for _, tt := range tests {
		d, ok := pubdate.Relative(tt.line, now)
		if got := dyad.FormatDate(d); got != tt.want || ok != (tt.want != "") {
			t.Errorf("Relative(%q) = %q, %v, want %q", tt.line, got, ok, tt.want)
		}
	}
	if _, ok := pubdate.Relative("23 hours ago", time.Time{}); ok {
		t.Errorf("Relative without a crawl time found a date")
	}
}

func FuzzDateline(f *testing.F) {
	f.Add("WASHINGTON, Nov. 19, 2019 (Reuters) -")
	f.Add("https://x.example/2019/11/19/a")
	f.Fuzz(func(t *testing.T, s string) {
		for _, find := range []func(string, time.Time) (time.Time, bool){pubdate.Dateline, pubdate.FromURL, pubdate.Relative} {
			if d, ok := find(s, now); ok && (d.Year() < 1995 || d.After(now.Add(8*24*time.Hour))) {
				t.Errorf("found implausible date %v in %q", d, s)
			}
		}
	})
}
