package fold

import "testing"

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"  São   Paulo ", "sao paulo"},
		{"Erdoğan", "erdogan"},
		{"Kosiniak-Kamysz", "kosiniak-kamysz"},
		{"ŁÓDŹ", "lodz"},
		{"Straße", "strasse"},
		{"beijing", "beijing"},
		{"U.S.", "u.s."},
		{"北京", "北京"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
