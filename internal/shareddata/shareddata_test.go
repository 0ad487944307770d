package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDir(t *testing.T) {
	root := moduleRoot()
	if root == "" {
		t.Fatalf("module root not found from the package directory")
	}
	for _, c := range []struct{ env, want string }{
		{"", filepath.Join(filepath.Dir(root), "shared")},
		{"../shared", filepath.Join(filepath.Dir(root), "shared")},
		{"/data/shared", "/data/shared"},
	} {
		t.Setenv("DYAD_SHARED", c.env)
		if got := Dir(); got != c.want {
			t.Errorf("DYAD_SHARED=%q: Dir() = %q, want %q", c.env, got, c.want)
		}
	}
}

func TestPathSkipsWhenAbsent(t *testing.T) {
	t.Setenv("DYAD_SHARED", t.TempDir())
	ok := t.Run("absent", func(t *testing.T) {
		Path(t, "no/such/file")
		t.Error("Path did not skip for a missing file")
	})
	if !ok {
		t.Fatal("subtest failed")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DYAD_SHARED", dir)
	if got := Path(t, "f.txt"); got != filepath.Join(dir, "f.txt") {
		t.Errorf("Path = %q", got)
	}
}
