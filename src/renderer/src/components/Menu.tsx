// A menu button (WAI-ARIA menu pattern): Enter, Space or ArrowDown opens it on the first item,
// arrows move, Home/End jump, Escape closes and returns focus to the button, Tab leaves.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

export interface MenuItem {
  label: string
  onSelect: () => void
  danger?: boolean
  disabled?: boolean
  /** A key that does the same on the focused item ("P"): shown beside the label, and announced. */
  shortcut?: string
}

interface MenuButtonProps {
  label: string
  /** Button content; when absent the label is shown as text. */
  children?: ReactNode
  /** The items, or a function giving them: called only while the menu is used, so that a list of
   * hundreds of rows each with a menu does not build hundreds of item lists it never shows. */
  items: readonly MenuItem[] | (() => readonly MenuItem[])
  className?: string
  align?: 'start' | 'end'
}

export function MenuButton({
  label,
  children,
  items: itemsProp,
  className,
  align = 'end',
}: MenuButtonProps) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus()
  }, [open, active])

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const resolve = () => (typeof itemsProp === 'function' ? itemsProp() : itemsProp)
  const items = open ? resolve() : []
  const enabledOf = (list: readonly MenuItem[]) =>
    list.map((item, i) => (item.disabled === true ? -1 : i)).filter((i) => i >= 0)
  const enabled = enabledOf(items)
  const openAt = (pick: (enabled: readonly number[]) => number | undefined) => {
    setActive(pick(enabledOf(resolve())) ?? 0)
    setOpen(true)
  }
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }
  const step = (delta: number) => {
    const pos = enabled.indexOf(active)
    const next = enabled[(pos + delta + enabled.length) % enabled.length]
    if (next !== undefined) setActive(next)
  }
  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') step(1)
    else if (e.key === 'ArrowUp') step(-1)
    else if (e.key === 'Home') setActive(enabled[0] ?? 0)
    else if (e.key === 'End') setActive(enabled[enabled.length - 1] ?? 0)
    else if (e.key === 'Escape') close(true)
    else if (e.key === 'Tab') {
      setOpen(false)
      return
    } else return
    e.preventDefault()
    e.stopPropagation()
  }
  return (
    <div className="menu-wrap">
      <button
        ref={buttonRef}
        type="button"
        className={className ?? 'icon-button'}
        aria-label={children === undefined ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt((list) => list[0]))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            openAt((list) => list[0])
          } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            openAt((list) => list[list.length - 1])
          }
        }}
      >
        {children ?? label}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className={align === 'end' ? 'menu menu-end' : 'menu'}
          tabIndex={-1}
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              disabled={item.disabled}
              aria-keyshortcuts={item.shortcut}
              className={item.danger === true ? 'menu-item menu-item-danger' : 'menu-item'}
              onClick={() => {
                close(true)
                item.onSelect()
              }}
            >
              {item.label}
              {item.shortcut === undefined ? null : (
                <kbd className="menu-shortcut" aria-hidden="true">
                  {item.shortcut}
                </kbd>
              )}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}
