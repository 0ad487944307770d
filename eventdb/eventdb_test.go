package eventdb

import "testing"

func TestRebind(t *testing.T) {
	tests := []struct {
		d        Dialect
		in, want string
	}{
		{SQLite, `a = ? AND b = ?`, `a = ? AND b = ?`},
		{Postgres, `a = ? AND b = ?`, `a = $1 AND b = $2`},
		{Postgres, `x`, `x`},
		{Postgres, `é = ?`, `é = $1`},
	}
	for _, tt := range tests {
		if got := (&DB{Dialect: tt.d}).q(tt.in); got != tt.want {
			t.Errorf("q(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
