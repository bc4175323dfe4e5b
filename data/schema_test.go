package data

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"testing"
)

// TestSchemaKnowsEveryField checks that schema.json, which editors use to
// check a file as they type, names exactly the fields the loader accepts.
func TestSchemaKnowsEveryField(t *testing.T) {
	raw, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	for def, typ := range map[string]reflect.Type{
		"datasetFile": reflect.TypeFor[Info](), "chart": reflect.TypeFor[Chart](),
		"metric": reflect.TypeFor[Metric](), "source": reflect.TypeFor[Source](),
		"figure": reflect.TypeFor[Figure](), "alternative": reflect.TypeFor[Alternative](),
		"citation": reflect.TypeFor[Citation](), "event": reflect.TypeFor[Event](),
	} {
		var inSchema []string
		for name := range schema.Defs[def].Properties {
			inSchema = append(inSchema, name)
		}
		var inGo []string
		for name := range fieldsOf(typ) {
			inGo = append(inGo, name)
		}
		slices.Sort(inSchema)
		slices.Sort(inGo)
		if !slices.Equal(inSchema, inGo) {
			t.Errorf("$defs.%s has fields %v; the loader's %s has %v", def, inSchema, typ.Name(), inGo)
		}
	}
}
