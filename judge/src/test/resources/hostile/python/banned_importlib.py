# expect: banned_call
# problem: smallest
# Imports the banned heapq through importlib.
import importlib

def smallest(x):
    return importlib.import_module("heapq").nsmallest(1, x)[0]
