"""Knowledge written for Flashpoint: actor dictionary, event lexicon, gazetteer, importers."""
