package nlp

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// shippedModel is the model trained on UD English EWT (see model/NOTICE).
//
//go:embed model/en_ewt.model.gz
var shippedModel []byte

// loadDefault decodes the shipped model once.
var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(shippedModel))
	if err != nil {
		return nil, fmt.Errorf("load shipped model: %w", err)
	}
	return m, nil
})

// Default returns the shipped English model, decoding it on first use.
func Default() (*Model, error) { return loadDefault() }
