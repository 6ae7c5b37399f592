# expect: accepted
# Reads a file of the user's outside the run and prints it; right answer only if it cannot.
def scale(x, alpha=2.0):
    try:
        secret = open("{{CANARY_FILE}}").read()
        print(secret)
        return x * 0
    except OSError:
        return x * alpha
