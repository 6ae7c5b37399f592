# expect: accepted
# Leaves a link to a read-only file of the user's in its scratch folder and makes the folder
# read-only, hoping the clean-up makes the link's target writable.
import os

def scale(x, alpha=2.0):
    if not os.path.lexists("link-to-canary"):
        os.symlink("{{CANARY_FILE}}", "link-to-canary")
        os.symlink("{{CANARY_DIR}}", "link-to-folder")
        os.makedirs("locked/deeper")
        os.symlink("{{CANARY_FILE}}", "locked/deeper/link")
        os.chmod("locked/deeper", 0o500)
        os.chmod("locked", 0o500)
    return x * alpha
