package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runMain(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code := Main(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestDictCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(good, []byte("- kind: person\n  name: Sihasak Phuangketkeow\n  country: THA\n  office: FM\n  role: foreign minister\n  start: 2025-09-19\n"), 0o644)
	os.WriteFile(bad, []byte("kind\tname\tcountry\nname\tBlighty\tUK\n"), 0o644)
	tests := []struct {
		name  string
		args  []string
		code  int
		out   string // a line the output must hold
		inErr string // text standard error must hold
		noOut string // text the output must not hold
	}{
		{"lookup dated", []string{"dict", "lookup", "Li Qiang", "--date", "2024-05-01"}, 0, "Li Qiang: CHNGOV (country CHN, sector GOV)", "", ""},
		{"lookup before office", []string{"dict", "lookup", "--date", "2024-05-01", "Carney"}, 0, "Carney: CAN (country CAN, sector -)", "", ""},
		{"lookup with dict", []string{"dict", "lookup", "Sihasak Phuangketkeow", "--dict", good}, 0, "  role: foreign minister", "", ""},
		{"lookup unknown", []string{"dict", "lookup", "Nobody Inparticular"}, 1, "", "not in the actor tables", ""},
		{"lookup bad date", []string{"dict", "lookup", "Xi", "--date", "May 2024"}, 2, "", "--date", ""},
		{"check good", []string{"dict", "check", good}, 0, good + ": ok, 1 entries", "", ""},
		{"check bad", []string{"dict", "check", good, bad}, 1, bad + ": line 2: country \"UK\"", "1 of 2 dictionaries", ""},
		{"analyze refuses a bad dict", []string{"analyze", "--dict", bad, "-"}, 1, "", bad + ": line 2", ""},
		{"analyze with a dict", []string{"analyze", "--dict", good, "--format", "text", "-"}, 0, "1 sentences", "", ""},
		{"unknown subcommand", []string{"dict", "frob"}, 2, "", "want check, lookup or unknown", ""},
		{"unknown people", []string{"dict", "unknown", "-"}, 0, "person\tSihasak Phuangketkeow\tTHA\tGOV\tforeign minister\t", "", ""},
		{"unknown people known with a dict", []string{"dict", "unknown", "--dict", good, "-"}, 0, "kind\tname\tcountry\tsector\trole\tstart\n", "", "Sihasak"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runMain(t, "Thai Foreign Minister Sihasak Phuangketkeow met Wang Yi.", tt.args...)
			if code != tt.code {
				t.Errorf("dyad %v: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", tt.args, code, tt.code, out, errs)
			}
			if tt.out != "" && !strings.Contains(out, tt.out) {
				t.Errorf("dyad %v: stdout lacks %q:\n%s", tt.args, tt.out, out)
			}
			if tt.noOut != "" && strings.Contains(out, tt.noOut) {
				t.Errorf("dyad %v: stdout holds %q:\n%s", tt.args, tt.noOut, out)
			}
			if tt.inErr != "" && !strings.Contains(errs, tt.inErr) {
				t.Errorf("dyad %v: stderr lacks %q:\n%s", tt.args, tt.inErr, errs)
			}
		})
	}
}
