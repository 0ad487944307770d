package main

import (
	"fmt"
	"os"

	"dyad/extract"
)

func main() {
	f, _ := os.Open(os.Args[1])
	a, err := extract.Extract(f, extract.Options{})
	fmt.Println(err)
	fmt.Printf("%s | %s | %v %s | %s | %s | %v\n", a.Title, a.URL, a.Published, a.PublishedSource, a.Site, a.Language, a.Authors)
	fmt.Println(a.Text)
}
