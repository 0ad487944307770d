package nlp

import "math"

// eisner returns the highest-scoring projective tree over n words, where
// score(h, d) is the score of word d depending on h (h == n is the root);
// heads are 0-based, n for the root. It runs in O(n³).
func eisner(n int, score func(h, d int) float64) []int {
	// Position 0 is the root, word i is position i+1.
	N := n + 1
	s := func(h, d int) float64 {
		hh := h - 1
		if h == 0 {
			hh = n
		}
		return score(hh, d-1)
	}
	idx := func(i, j int) int { return i*N + j }
	neg := math.Inf(-1)
	// complete and incomplete spans, direction 0 = head on the right, 1 = head on the left
	var comp, inc [2][]float64
	var compB, incB [2][]int32
	for d := 0; d < 2; d++ {
		comp[d], inc[d] = make([]float64, N*N), make([]float64, N*N)
		compB[d], incB[d] = make([]int32, N*N), make([]int32, N*N)
		for i := range inc[d] {
			inc[d][i] = neg
			if i/N != i%N {
				comp[d][i] = neg
			}
		}
	}
	for k := 1; k < N; k++ {
		for i := 0; i+k < N; i++ {
			j := i + k
			best, arg := neg, int32(-1)
			for r := i; r < j; r++ {
				if v := comp[1][idx(i, r)] + comp[0][idx(r+1, j)]; v > best {
					best, arg = v, int32(r)
				}
			}
			if i > 0 {
				inc[0][idx(i, j)], incB[0][idx(i, j)] = best+s(j, i), arg
			}
			inc[1][idx(i, j)], incB[1][idx(i, j)] = best+s(i, j), arg
			best, arg = neg, -1
			for r := i; r < j; r++ {
				if v := comp[0][idx(i, r)] + inc[0][idx(r, j)]; v > best {
					best, arg = v, int32(r)
				}
			}
			comp[0][idx(i, j)], compB[0][idx(i, j)] = best, arg
			best, arg = neg, -1
			for r := i + 1; r <= j; r++ {
				if v := inc[1][idx(i, r)] + comp[1][idx(r, j)]; v > best {
					best, arg = v, int32(r)
				}
			}
			comp[1][idx(i, j)], compB[1][idx(i, j)] = best, arg
		}
	}
	heads := make([]int, N)
	var walk func(i, j, dir int, complete bool)
	walk = func(i, j, dir int, complete bool) {
		if i == j {
			return
		}
		if complete {
			r := int(compB[dir][idx(i, j)])
			if dir == 0 {
				walk(i, r, 0, true)
				walk(r, j, 0, false)
			} else {
				walk(i, r, 1, false)
				walk(r, j, 1, true)
			}
			return
		}
		r := int(incB[dir][idx(i, j)])
		if dir == 0 {
			heads[i] = j
		} else {
			heads[j] = i
		}
		walk(i, r, 1, true)
		walk(r+1, j, 0, true)
	}
	walk(0, N-1, 1, true)
	out := make([]int, n)
	for d := 1; d < N; d++ {
		out[d-1] = heads[d] - 1
		if heads[d] == 0 {
			out[d-1] = n
		}
	}
	return out
}

// vote combines the trees of several parsers (0-based heads, n for the
// root) into the projective tree with the most weighted votes, with a
// single root. If all trees agree, or the sentence is long, the first tree
// wins as it is.
func vote(n int, trees [][]int, weights []float64) []int {
	agree := true
	for _, t := range trees[1:] {
		for i := range t {
			agree = agree && t[i] == trees[0][i]
		}
	}
	if agree || n > 120 {
		return trees[0]
	}
	votes := make(map[[2]int]float64, n*len(trees))
	for k, t := range trees {
		for d, h := range t {
			votes[[2]int{h, d}] += weights[k]
		}
	}
	heads := eisner(n, func(h, d int) float64 { return votes[[2]int{h, d}] })
	root := -1
	for d, h := range heads {
		if h != n {
			continue
		}
		if root < 0 || votes[[2]int{n, d}] > votes[[2]int{n, root}] {
			root = d
		}
	}
	for d, h := range heads {
		if h == n && d != root {
			heads[d] = root
		}
	}
	return heads
}
