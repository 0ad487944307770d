// Package dedup tells copies from reports. Each text gets a MinHash
// signature (64 hash functions over its word 3-shingles), which estimates the
// Jaccard similarity of two texts' shingle sets; an Index with
// locality-sensitive hashing (16 bands of 4 rows) finds the stored texts
// whose estimated similarity passes a threshold, so a wire story republished
// by many outlets with small edits is linked to its copies, and ten outlets
// can be told from ten copies. It also canonicalises URLs, so the same page
// under tracking parameters is stored once.
//
// SimHash was tried first (github.com/mfonda/simhash): on article-length
// texts a copy with a changed dateline and an added copyright line was 6-11
// bits away, beyond the usual 3-bit threshold, so MinHash is used instead.
package dedup

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"net/url"
	"sort"
	"strings"
	"unicode"
)

// Size is the number of hash functions of a signature, Bands the number of
// LSH bands (each of Size/Bands rows).
const (
	Size  = 64
	Bands = 16
	rows  = Size / Bands
)

// DefaultThreshold is the least estimated Jaccard similarity of the word
// 3-shingles of two near-duplicates.
const DefaultThreshold = 0.5

// shingleWords is the number of words in one feature.
const shingleWords = 3

// Signature is the MinHash signature of a text. The zero Signature belongs
// to an empty text and matches nothing.
type Signature [Size]uint32

// seeds returns the seed of hash function i: fixed, so signatures computed
// on any machine, in any run, compare.
func seed(i int) uint64 { return splitmix(uint64(i) + 0x9e3779b97f4a7c15) }

// splitmix is the SplitMix64 finaliser, a cheap good 64-bit mixer.
func splitmix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Sign returns the MinHash signature of text: words are lowercased runs of
// letters and digits, features are overlapping 3-word shingles (one shorter
// shingle for a shorter text).
func Sign(text string) Signature {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	var sig Signature
	if len(words) == 0 {
		return sig
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for i := range max(1, len(words)-shingleWords+1) {
		h := fnv.New64a()
		for j, w := range words[i:min(i+shingleWords, len(words))] {
			if j > 0 {
				h.Write([]byte{' '})
			}
			h.Write([]byte(w))
		}
		f := h.Sum64()
		for k := range sig {
			if v := uint32(splitmix(f ^ seed(k))); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// IsZero reports whether s is the signature of an empty text.
func (s Signature) IsZero() bool { return s == Signature{} }

// Similarity estimates the Jaccard similarity of the shingle sets of the
// texts behind s and o: the share of hash functions on which they agree.
func (s Signature) Similarity(o Signature) float64 {
	if s.IsZero() || o.IsZero() {
		return 0
	}
	same := 0
	for i := range s {
		if s[i] == o[i] {
			same++
		}
	}
	return float64(same) / Size
}

// MarshalBinary encodes s in 4*Size bytes, little-endian.
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*Size)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != 4*Size {
		return errors.New("dedup: signature is not 256 bytes")
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}

// Match is a stored text near a new one.
type Match struct {
	ID         string  // ID is the stored text's key.
	Similarity float64 // Similarity is the estimated Jaccard similarity.
}

// Index holds signatures and finds near-duplicates among them. The zero
// value is empty and uses DefaultThreshold. It is not safe for concurrent use.
type Index struct {
	Threshold float64 // Threshold is the least similarity that counts; 0 means DefaultThreshold.

	band [Bands]map[uint64][]int
	ids  []string
	sigs []Signature
}

// Add stores id with signature sig and returns the stored texts near it,
// nearest first. A zero signature (empty text) is not stored.
func (ix *Index) Add(id string, sig Signature) []Match {
	matches := ix.Near(sig)
	if sig.IsZero() {
		return matches
	}
	n := len(ix.ids)
	ix.ids = append(ix.ids, id)
	ix.sigs = append(ix.sigs, sig)
	for b := range Bands {
		if ix.band[b] == nil {
			ix.band[b] = map[uint64][]int{}
		}
		k := bandKey(sig, b)
		ix.band[b][k] = append(ix.band[b][k], n)
	}
	return matches
}

// Near returns the stored texts whose similarity to sig reaches the
// threshold, nearest first.
func (ix *Index) Near(sig Signature) []Match {
	if sig.IsZero() {
		return nil
	}
	threshold := ix.Threshold
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	seen := map[int]bool{}
	var out []Match
	for b := range Bands {
		for _, n := range ix.band[b][bandKey(sig, b)] {
			if seen[n] {
				continue
			}
			seen[n] = true
			if s := sig.Similarity(ix.sigs[n]); s >= threshold {
				out = append(out, Match{ID: ix.ids[n], Similarity: s})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Similarity != out[j].Similarity {
			return out[i].Similarity > out[j].Similarity
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Len returns the number of signatures stored.
func (ix *Index) Len() int { return len(ix.ids) }

// bandKey hashes the rows of band b of sig.
func bandKey(sig Signature, b int) uint64 {
	k := uint64(b)
	for _, v := range sig[b*rows : (b+1)*rows] {
		k = splitmix(k ^ uint64(v))
	}
	return k
}

// trackingParams are query parameters that only track the reader.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"ocid": true, "cmpid": true, "ref": true, "ref_src": true, "smid": true, "cid": true, "ito": true,
	"at_medium": true, "at_campaign": true, "taid": true, "guccounter": true, "_ga": true,
}

// CanonicalURL returns rawURL in the form under which two links to the same
// page compare equal: scheme and host lowercased, default port, fragment
// and tracking parameters (utm_*, fbclid, ...) removed, other parameters
// sorted. A URL that does not parse is returned trimmed.
func CanonicalURL(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(rawURL)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Host = strings.TrimSuffix(strings.TrimSuffix(u.Host, ":80"), ":443")
	u.Fragment, u.RawFragment = "", ""
	q := u.Query()
	for k := range q {
		if trackingParams[strings.ToLower(k)] || strings.HasPrefix(strings.ToLower(k), "utm_") {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}
