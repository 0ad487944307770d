// Package shareddata locates the project's shared test data for tests and
// benchmarks: the read-only folder "shared" beside the repository (the UD
// treebank, the gold event sets, the extraction benchmark, the seed page),
// or the folder $DYAD_SHARED names. The product never reads it.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $DYAD_SHARED, a relative path being taken
// from the module root (where the README's commands run, so that
// DYAD_SHARED=../shared means the same in every package's tests), else
// "shared" beside the module root. It does not check that the folder exists.
func Dir() string {
	root := moduleRoot()
	if d := os.Getenv("DYAD_SHARED"); d != "" {
		if filepath.IsAbs(d) || root == "" {
			return d
		}
		return filepath.Join(root, d)
	}
	if root == "" {
		return filepath.Join("..", "shared")
	}
	return filepath.Join(filepath.Dir(root), "shared")
}

// Path returns the path of rel (slash-separated) inside the shared folder,
// or skips tb, saying where it looked and how to point at the data, when
// that path does not exist.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Dir(), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared test data not found (%v): put the shared folder beside the repository or set DYAD_SHARED to it", err)
	}
	return p
}

// moduleRoot returns the nearest directory at or above the working
// directory that holds go.mod, or "" if there is none.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}
