package quote_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedText returns the seed page from ../shared (or $DYAD_SHARED, for a
// worktree that is not beside it), skipping the test if it is absent.
func seedText(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared")
	if env := os.Getenv("DYAD_SHARED"); env != "" {
		dir = env
	}
	b, err := os.ReadFile(filepath.Join(dir, "seeds", "000_5c88e681c271383d.txt"))
	if err != nil {
		tb.Skipf("../shared not found (%v); set DYAD_SHARED to the shared directory", err)
	}
	return string(b)
}

func TestSeedDump(t *testing.T) {
	text := seedText(t)
	a := analysis(t, loadCast(t), text)
	var lines []string
	for _, q := range run(t, a) {
		lines = append(lines, describe(text, q))
	}
	t.Log("\n" + strings.Join(lines, "\n"))
}
