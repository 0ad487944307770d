package actor

import "testing"

// TestPresidentsAndOnePerson checks the two helpers of "the X
// administration": which people a surname can mean were heads of state,
// and whether they are one person.
func TestPresidentsAndOnePerson(t *testing.T) {
	obamaHOS := &Person{Name: "Barack Obama", Country: "USA", Office: "HOS"}
	obamaHOG := &Person{Name: "Barack Obama", Country: "USA", Office: "HOG"}
	asue := &Person{Name: "Francisco Pascual Eyegue Obama Asue", Country: "GNQ", Office: "HOG"}
	bush41 := &Person{Name: "George H. W. Bush", Country: "USA", Office: "HOS"}
	bush43 := &Person{Name: "George W. Bush", Country: "USA", Office: "HOS"}
	abe := &Person{Name: "Shinzo Abe", Country: "JPN", Office: "HOG"}
	for _, c := range []struct {
		name     string
		es       []entry
		wantKept int
		wantOne  bool
	}{
		{"Obama: the president, not the prime minister", []entry{{person: asue}, {person: obamaHOS}, {person: obamaHOG}}, 2, true},
		{"Bush: two presidents", []entry{{person: bush41}, {person: bush43}}, 2, false},
		{"Abe: no head of state, all kept", []entry{{person: abe}}, 1, true},
		{"no person", []entry{{kind: kindName}}, 1, false},
	} {
		kept := presidents(c.es)
		if len(kept) != c.wantKept || onePerson(kept) != c.wantOne {
			t.Errorf("%s: presidents kept %d (want %d), onePerson %v (want %v)", c.name, len(kept), c.wantKept, onePerson(kept), c.wantOne)
		}
	}
}
