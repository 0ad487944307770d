package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/shareddata"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// run runs dyad with args and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	code := Main(context.Background(), env, args)
	return code, out.String(), errOut.String()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is intended, run go test ./cmd/dyad -update:\n%s", name, diff)
	}
}

// sharedPath returns a path under ../shared (or $DYAD_SHARED), skipping the
// test if it is absent.
func sharedPath(t *testing.T, rel string) string {
	t.Helper()
	return shareddata.Path(t, filepath.ToSlash(rel))
}

func TestHelp(t *testing.T) {
	code, out, _ := run(t, "", "help")
	if code != 0 || !strings.Contains(out, "Commands:") {
		t.Fatalf("dyad help: exit %d, output %q", code, out)
	}
	for _, c := range commands() {
		code, out, errOut := run(t, "", c.name, "--help")
		if code != 0 || !strings.Contains(out, "Usage: dyad "+c.name) || !strings.Contains(out, "Example:") {
			t.Errorf("dyad %s --help: exit %d, stdout %q, stderr %q; want usage with an example", c.name, code, out, errOut)
		}
	}
	if code, _, errOut := run(t, "", "frobnicate"); code != 2 || !strings.Contains(errOut, "dyad help") {
		t.Errorf("unknown command: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := run(t, "", "events", "--format", "xml"); code != 2 || !strings.Contains(errOut, "want table, json or csv") {
		t.Errorf("bad --format: exit %d, stderr %q", code, errOut)
	}
}
