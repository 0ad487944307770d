// Package place is dyad's gazetteer: it finds the places a name can refer to,
// with their country and coordinates. Its table is derived from GeoNames
// (CC BY 4.0, see data/NOTICE) and embedded, so it needs no files at run
// time.
package place

//go:generate go run ./internal/gen -shared ../../shared -out data

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"dyad/fold"
)

//go:embed data/places.tsv.gz
var placesGz []byte

// Place is a populated place.
type Place struct {
	ID         int     // ID is the GeoNames id.
	Name       string  // Name is the GeoNames main name ("Kyiv").
	Country    string  // Country is the ISO 3166 alpha-3 code.
	Feature    string  // Feature is the GeoNames feature code: PPLC for a capital, PPLA for a first-order seat, ...
	Population int     // Population is as of the 2020 GeoNames dump, 0 if unknown.
	Lat, Lon   float64 // Lat and Lon are WGS84 decimal degrees.
}

// IsCapital reports whether p is its country's capital.
func (p Place) IsCapital() bool { return p.Feature == "PPLC" }

// Gazetteer finds places by name. It is immutable and safe for concurrent
// use.
type Gazetteer struct {
	places []Place
	keys   []string           // keys[i] is the folded main name of places[i]
	byName map[string][]int32 // folded name -> indexes into places, best first
}

// Default returns the embedded gazetteer, loaded once.
var Default = sync.OnceValue(func() *Gazetteer {
	g, err := Read(placesGz)
	if err != nil {
		panic(fmt.Sprintf("place: embedded table: %v", err)) // the table is built by the generator and tested
	}
	return g
})

// Read builds a gazetteer from a gzipped table in the generator's format.
func Read(gz []byte) (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("read places: %w", err)
	}
	g := &Gazetteer{byName: make(map[string][]int32, 1<<16)}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue
		}
		p, names, err := parseRow(sc.Text())
		if err != nil {
			return nil, fmt.Errorf("read places: line %d: %w", n, err)
		}
		g.add(p, names)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read places: %w", err)
	}
	g.rank()
	return g, nil
}

func parseRow(line string) (Place, []string, error) {
	f := strings.Split(line, "\t")
	if len(f) != 8 {
		return Place{}, nil, fmt.Errorf("%d fields, want 8", len(f))
	}
	id, err1 := strconv.Atoi(f[0])
	pop, err2 := strconv.Atoi(f[5])
	lat, err3 := strconv.ParseFloat(f[6], 64)
	lon, err4 := strconv.ParseFloat(f[7], 64)
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			return Place{}, nil, err
		}
	}
	names := []string{f[1]}
	if f[2] != "" {
		names = append(names, strings.Split(f[2], "|")...)
	}
	return Place{ID: id, Name: f[1], Country: f[3], Feature: f[4], Population: pop, Lat: lat, Lon: lon}, names, nil
}

func (g *Gazetteer) add(p Place, names []string) {
	i := int32(len(g.places))
	g.places = append(g.places, p)
	g.keys = append(g.keys, fold.Key(p.Name))
	for j, n := range names {
		k := fold.Key(n)
		if k == "" || j > 0 && k == g.keys[i] {
			continue
		}
		if idx := g.byName[k]; len(idx) > 0 && idx[len(idx)-1] == i {
			continue // two names of one place with one key
		}
		g.byName[k] = append(g.byName[k], i)
	}
}

// rank orders each name's places: a capital whose main name begins with
// the name before any smaller place ("Washington" is Washington, D.C.
// before the English town of that main name; "Mexico" Mexico City), then
// places whose main name it is, then capitals, then by population.
func (g *Gazetteer) rank() {
	for k, idx := range g.byName {
		if len(idx) < 2 {
			continue
		}
		sort.SliceStable(idx, func(a, b int) bool {
			pa, pb := &g.places[idx[a]], &g.places[idx[b]]
			if g.capitalNamedFrom(idx[a], k) && !pb.IsCapital() && pa.Population > pb.Population {
				return true
			}
			if g.capitalNamedFrom(idx[b], k) && !pa.IsCapital() && pb.Population > pa.Population {
				return false
			}
			ma, mb := g.keys[idx[a]] == k, g.keys[idx[b]] == k
			if ma != mb {
				return ma
			}
			if pa.IsCapital() != pb.IsCapital() {
				return pa.IsCapital()
			}
			return pa.Population > pb.Population
		})
	}
}

// capitalNamedFrom reports whether place i is a capital whose main name
// begins with, but is not, the name key k ("Washington, D.C.").
func (g *Gazetteer) capitalNamedFrom(i int32, k string) bool {
	return g.places[i].IsCapital() && g.keys[i] != k && strings.HasPrefix(g.keys[i], k)
}

// Lookup returns the places called name, the likeliest first: "Ottawa" gives
// the Canadian capital before Ottawa, Illinois. Case and accents are ignored.
// It returns nil if no place has that name.
func (g *Gazetteer) Lookup(name string) []Place {
	idx := g.byName[fold.Key(name)]
	if len(idx) == 0 {
		return nil
	}
	out := make([]Place, len(idx))
	for i, j := range idx {
		out[i] = g.places[j]
	}
	return out
}

// Best returns the likeliest place called name, and false if there is none.
func (g *Gazetteer) Best(name string) (Place, bool) {
	idx := g.byName[fold.Key(name)]
	if len(idx) == 0 {
		return Place{}, false
	}
	return g.places[idx[0]], true
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }
