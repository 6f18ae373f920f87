"""The pages the service serves (package data: HTML, CSS and JavaScript written for Tacitus)."""
