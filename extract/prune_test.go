package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPrune(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"script and style", `<p>a<script>var x = "<p>";</script>b</p><style>p{}</style>`, `<p>ab</p>`},
		{"json-ld kept", `<script type="application/ld+json">{"datePublished":"2019-11-19"}</script><p>a</p>`,
			`<script type="application/ld+json">{"datePublished":"2019-11-19"}</script><p>a</p>`},
		{"comments", `<p>a<!-- hidden -->b</p>`, `<p>ab</p>`},
		{"svg and forms controls", `<div><svg><path d="M0"></path></svg><select><option>x</option></select>t</div>`, `<div>t</div>`},
		{"text kept", `<div><span>keep</span> <em>this</em></div>`, `<div><span>keep</span> <em>this</em></div>`},
		{"indentation", "<div>\n  <p>a</p>\n  <p>b</p>\n</div>", `<div><p>a</p><p>b</p></div>`},
		{"space between words kept", `<p>President<!-- --> <!-- -->Trump</p><div><b>x</b> <!-- c --> <div>y</div></div>`, `<p>President Trump</p><div><b>x</b>  <div>y</div></div>`},
		{"pre kept", "<pre>\n <b>x</b>\n</pre>", "<pre> <b>x</b>\n</pre>"},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		prune(doc)
		if got := renderBody(t, doc); got != tt.want {
			t.Errorf("%s: prune(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// renderBody renders what doc's <head> and <body> hold, without them.
func renderBody(t *testing.T, doc *html.Node) string {
	t.Helper()
	var b strings.Builder
	htmlNode := doc.LastChild
	for part := htmlNode.FirstChild; part != nil; part = part.NextSibling {
		for c := part.FirstChild; c != nil; c = c.NextSibling {
			if err := html.Render(&b, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	return b.String()
}
