# Sourced by the eng/ scripts: apt_install PACKAGE... installs the Debian packages given (none: nothing to do),
# through sudo when not root.
apt_install() {
    [ $# -gt 0 ] || return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: $*"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$@"
}
