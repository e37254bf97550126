# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Contains methods for accessing the API"""
