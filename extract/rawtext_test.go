package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/shareddata"

	"golang.org/x/net/html"
)

// pruned renders the pruned tree of page, as extraction sees it.
func pruned(page []byte) string {
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		return "parse: " + err.Error()
	}
	prune(doc)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		return "render: " + err.Error()
	}
	return b.String()
}

var stripCases = []struct {
	name, in, want string
}{
	{"script", `<p>a</p><script>var s = "<p>x</p>";</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
	{"style and case", `<STYLE type="text/css">p { color: red }</Style ><p>b</p>`, `<STYLE type="text/css"></Style ><p>b</p>`},
	{"json-ld kept", `<script type="application/ld+json">{"a":1}</script>`, `<script type="application/ld+json">{"a":1}</script>`},
	{"escaped end tag", `<script><!--<script>x</script>y--></script><p>b</p>`, `<script></script><p>b</p>`},
	{"comment hides script", `<!-- <script> --><p>b</p><script>x</script>`, `<!-- <script> --><p>b</p><script></script>`},
	{"attribute hides script", `<div title="<script>">b</div><script>x</script>`, `<div title="<script>">b</div><script></script>`},
	{"title is text", `<title><script>x</title><p>b</p>`, `<title><script>x</title><p>b</p>`},
	{"unclosed script kept", `<p>b</p><script>x`, `<p>b</p><script>x`},
	{"stops at svg", `<script>a</script><svg><style>c</style></svg><script>b</script>`, `<script></script><svg><style>c</style></svg><script>b</script>`},
}

func TestStripScripts(t *testing.T) {
	for _, tt := range stripCases {
		if got := string(stripScripts([]byte(tt.in))); got != tt.want {
			t.Errorf("%s: stripScripts(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestStripScriptsBenchmarkPages checks that stripping changes no page of
// the extraction benchmark once pruned.
func TestStripScriptsBenchmarkPages(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(shareddata.Dir(), "bench", "extraction", "html", "*.html"))
	if len(paths) == 0 {
		t.Skip("no benchmark pages; set DYAD_SHARED to the shared folder")
	}
	for _, p := range paths {
		page, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want := pruned(page)
		if got := pruned(stripScripts(page)); got != want {
			t.Errorf("%s: the pruned page changes when its scripts are stripped", filepath.Base(p))
		}
	}
}

// FuzzStripScripts checks that a page parsed after stripScripts is the
// same once pruned as the page parsed whole: only script and style texts go.
func FuzzStripScripts(f *testing.F) {
	for _, tt := range stripCases {
		f.Add(tt.in)
	}
	for _, s := range []string{"<script><!--<script></script>--></script>x", "<script><!-- --!></script>", "<a b='>'<script>x</script>",
		"<!-->x<script>y</script>", "</ x><script>y</script>", "<textarea></textarea ><style>s</style>", "<script/>x</script>y",
		"<x =a=b><script>c</script>", "<noscript><script>a</script></noscript>b", "<!doctype html><?x><script>y</script>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		want := pruned([]byte(page))
		if got := pruned(stripScripts([]byte(page))); got != want {
			t.Errorf("stripScripts(%q) changes the pruned page:\n got %q\nwant %q", page, got, want)
		}
	})
}
