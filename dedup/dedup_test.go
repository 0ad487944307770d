package dedup_test

import (
	"fmt"
	"strings"
	"testing"

	"dyad/dedup"

	"github.com/google/go-cmp/cmp"
)

const wire = `BEIJING (AP) — Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday, signalling a renewed effort to reset relations amid shifting global alliances and trade tensions with the United States.
The meeting at the Great Hall of the People marked the first visit by a Canadian prime minister to China since 2017 and the first time the two leaders have met in the Chinese capital in eight years.
Carney described the discussions as the beginning of a new strategic partnership between Canada and China. The visit follows months of diplomatic engagement aimed at repairing relations after years of political and economic friction.
He identified agriculture, energy and finance as priority areas for cooperation. Canada and China have been engaged in talks to ease mutual tariffs, though no agreement has yet been announced.
Carney also met Chinese Premier Li Qiang on Thursday and is scheduled to hold discussions with Chinese business leaders to promote trade and investment.`

func TestNearDuplicates(t *testing.T) {
	edited := strings.Replace(wire, "BEIJING (AP) — ", "", 1)
	edited = strings.Replace(edited, "on Friday", "on Friday, Jan. 16", 1) + "\nCopyright 2026 The Example Times."
	other := `WASHINGTON (AP) — The Senate voted on Tuesday to pass a spending bill that would keep the government open through March, sending the measure to the House, where its fate is uncertain.
Senators from both parties said the bill was a compromise that left neither side fully satisfied, but that a shutdown before the holidays would hurt federal workers and the economy.
The House is expected to take up the measure later this week. Leaders there have not said whether they have the votes to pass it without changes.`
	var ix dedup.Index
	if got := ix.Add("wire", dedup.Sign(wire)); len(got) != 0 {
		t.Errorf("Add(first) = %v, want no match", got)
	}
	got := ix.Add("edited", dedup.Sign(edited))
	if len(got) != 1 || got[0].ID != "wire" {
		t.Errorf("Add(edited copy) = %v (similarity %.2f), want a match with wire", got,
			dedup.Sign(wire).Similarity(dedup.Sign(edited)))
	}
	if got := ix.Add("other", dedup.Sign(other)); len(got) != 0 {
		t.Errorf("Add(other story) = %v, want no match", got)
	}
	if got := ix.Near(dedup.Sign(wire)); len(got) != 2 || got[0] != (dedup.Match{ID: "wire", Similarity: 1}) {
		t.Errorf("Near(wire) = %v, want wire at 0 then edited", got)
	}
	if ix.Len() != 3 {
		t.Errorf("Len() = %d, want 3", ix.Len())
	}
}

func TestSignEmpty(t *testing.T) {
	var ix dedup.Index
	for _, s := range []string{"", "  ", "— ·"} {
		if sig := dedup.Sign(s); !sig.IsZero() {
			t.Errorf("Sign(%q) = %v, want the zero signature", s, sig)
		}
		if got := ix.Add(s, dedup.Sign(s)); got != nil {
			t.Errorf("Add(empty) = %v", got)
		}
	}
	if ix.Len() != 0 {
		t.Errorf("Len() = %d after empty texts, want 0", ix.Len())
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://News.Example.com:443/a/1?utm_source=x&b=2&a=1#top", "https://news.example.com/a/1?a=1&b=2"},
		{"http://news.example.com", "http://news.example.com/"},
		{"https://x.example/a?fbclid=1", "https://x.example/a"},
		{" not a url ", "not a url"},
	}
	for _, tt := range tests {
		if got := dedup.CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIndexManyDistinct(t *testing.T) {
	var ix dedup.Index
	var falses []string
	for i := range 2000 {
		text := fmt.Sprintf("Report %d: the council of district %d met on day %d and voted %d to %d on budget line %d.", i, i*7, i%28, i%13, i%11, i*31)
		if m := ix.Add(fmt.Sprint(i), dedup.Sign(text)); len(m) > 0 {
			falses = append(falses, fmt.Sprint(i, m))
		}
	}
	if len(falses) > 20 {
		t.Errorf("%d of 2000 distinct short texts matched another: %v", len(falses), falses[:5])
	}
}

func TestSignatureBinary(t *testing.T) {
	sig := dedup.Sign(wire)
	b, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back dedup.Signature
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sig, back); diff != "" {
		t.Errorf("signature round trip (-want +got):\n%s", diff)
	}
	if err := back.UnmarshalBinary(b[:10]); err == nil {
		t.Errorf("UnmarshalBinary(10 bytes) = nil, want an error")
	}
}

func FuzzSign(f *testing.F) {
	f.Add(wire, wire[100:])
	f.Add("", "a")
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := dedup.Sign(a), dedup.Sign(b)
		if s := sa.Similarity(sb); s < 0 || s > 1 || s != sb.Similarity(sa) {
			t.Errorf("Similarity = %v, not symmetric in [0,1]", s)
		}
		if !sa.IsZero() && sa.Similarity(sa) != 1 {
			t.Errorf("a text is not similar to itself")
		}
	})
}
