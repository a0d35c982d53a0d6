// The relations graph (React Flow): stakeholders as nodes, relations as labelled arrows. Pan and
// zoom freely; "Arrange" lays the graph out again. Connecting two nodes by dragging from one's
// handle to another adds a relation; the side panel does everything by keyboard too: add,
// relabel and delete relations.
import { useCallback, useMemo, useRef, useState } from 'react'
import {
  Background,
  BaseEdge,
  ConnectionMode,
  Controls,
  EdgeLabelRenderer,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  applyNodeChanges,
  useInternalNode,
  type Connection,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeChange,
  type NodeProps,
  type ReactFlowInstance,
} from '@xyflow/react'
import type { Relation } from '../../../../shared/interchange/schema.ts'
import type { StakeholderRecord } from '../../../../shared/model/records.ts'
import { addRelation, removeRelation, updateRelation } from '../../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../../doc/context.tsx'
import { itemsOf } from '../../doc/projection.ts'
import { useT } from '../../i18n/I18n.tsx'
import type { UiKey } from '../../../../shared/i18n/en/ui.ts'
import { AttitudeMark, SectorTag } from '../badges.tsx'
import { boxExit, circleLayout, forceLayout, neighbourOrder, type Point } from './layout.ts'
import { RelationsPanel } from './RelationsPanel.tsx'

type StakeholderNode = Node<{ k: StakeholderRecord }, 'stakeholder'>
type RelationEdge = Edge<{ label?: string }, 'floating'>

function StakeholderNodeView({ data }: NodeProps<StakeholderNode>) {
  const k = data.k
  return (
    <div className={`flow-node attitude-border-${k.attitude ?? 'none'}`}>
      <Handle type="target" position={Position.Left} className="flow-handle" />
      <div className="flow-node-head">
        {k.attitude === undefined ? null : <AttitudeMark attitude={k.attitude} />}
        <span className="flow-node-name">{k.name}</span>
      </div>
      {k.sector === undefined ? null : <SectorTag sector={k.sector} />}
      <Handle type="source" position={Position.Right} className="flow-handle" />
    </div>
  )
}

/** A straight arrow between the borders of the two nodes, with its label in the middle. */
function FloatingEdge({ id, source, target, markerEnd, data, selected }: EdgeProps<RelationEdge>) {
  const from = useInternalNode(source)
  const to = useInternalNode(target)
  if (from === undefined || to === undefined) return null
  const box = (n: typeof from) => ({
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? 0,
    height: n.measured.height ?? 0,
  })
  const a = box(from)
  const b = box(to)
  const centre = (r: typeof a): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })
  const start = boxExit(a, centre(b))
  const end = boxExit(b, centre(a))
  const path = `M ${start.x},${start.y} L ${end.x},${end.y}`
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }
  const label = data?.label
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={selected === true ? 'flow-edge selected' : 'flow-edge'}
      />
      {label === undefined || label === '' ? null : (
        <EdgeLabelRenderer>
          <div
            className="flow-edge-label"
            style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

const nodeTypes = { stakeholder: StakeholderNodeView }
const edgeTypes = { floating: FloatingEdge }
const MOVE_DIRECTION: Partial<Record<string, UiKey>> = {
  up: 'flow.direction.up',
  down: 'flow.direction.down',
  left: 'flow.direction.left',
  right: 'flow.direction.right',
}

/**
 * Nodes for the stakeholders, keeping the position of those already placed; new ones (or all,
 * the first time) go on the circle with related stakeholders side by side.
 */
function buildNodes(
  stakeholders: readonly StakeholderRecord[],
  previous: readonly StakeholderNode[],
  relations: readonly Relation[],
): StakeholderNode[] {
  const before = new Map(previous.map((n) => [n.id, n]))
  const fallback = circleLayout(
    neighbourOrder(
      stakeholders.map((k) => k.id),
      relations,
    ),
  )
  return stakeholders.map((k) => {
    const old = before.get(k.id)
    if (old !== undefined) return old.data.k === k ? old : { ...old, data: { k } }
    return {
      id: k.id,
      type: 'stakeholder',
      position: fallback.get(k.id) ?? { x: 0, y: 0 },
      data: { k },
    }
  })
}

export default function RelationsView({
  boardId,
  stakeholders,
}: {
  boardId: string
  stakeholders: readonly StakeholderRecord[]
}) {
  const t = useT()
  const edit = useEdit()
  const items = useWorkshop((s) => itemsOf(s, boardId))
  const relations = useMemo(
    () =>
      items.flatMap((item): Relation[] =>
        item.type === 'relation'
          ? [{ id: item.id, from: item.from, to: item.to, label: item.label }]
          : [],
      ),
    [items],
  )
  const [nodes, setNodes] = useState<StakeholderNode[]>(() =>
    buildNodes(stakeholders, [], relations),
  )
  const [basis, setBasis] = useState(stakeholders)
  if (basis !== stakeholders) {
    // Derived state: follow the document's stakeholders, keeping where each node was put.
    setBasis(stakeholders)
    setNodes((prev) => buildNodes(stakeholders, prev, relations))
  }
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null)
  const flow = useRef<ReactFlowInstance<StakeholderNode, RelationEdge> | null>(null)

  const visible = useMemo(() => new Set(stakeholders.map((k) => k.id)), [stakeholders])
  const edges = useMemo<RelationEdge[]>(
    () =>
      relations
        .filter((r) => visible.has(r.from) && visible.has(r.to))
        .map((r) => ({
          id: r.id,
          source: r.from,
          target: r.to,
          type: 'floating',
          data: { label: r.label },
          selected: r.id === selectedEdge,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          ariaLabel: r.label,
        })),
    [relations, visible, selectedEdge],
  )

  const onNodesChange = useCallback(
    (changes: NodeChange<StakeholderNode>[]) => setNodes((nds) => applyNodeChanges(changes, nds)),
    [],
  )
  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source === c.target) return
      edit((doc) => addRelation(doc, boardId, { from: c.source, to: c.target }))
    },
    [edit, boardId],
  )
  const arrange = (kind: 'circle' | 'force') => {
    const ids = stakeholders.map((k) => k.id)
    const layout =
      kind === 'circle' ? circleLayout(neighbourOrder(ids, relations)) : forceLayout(ids, relations)
    setNodes((nds) => nds.map((n) => ({ ...n, position: layout.get(n.id) ?? n.position })))
    window.requestAnimationFrame(() => void flow.current?.fitView({ padding: 0.2 }))
  }

  const aria = useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.node'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeNoKeys'),
      'node.a11yDescription.ariaLiveMessage': ({
        direction,
        x,
        y,
      }: {
        direction: string
        x: number
        y: number
      }) => {
        // React Flow passes an English word (the arrow key's name); say it in the UI's language.
        const key = MOVE_DIRECTION[direction]
        return t('flow.nodeMoved', { direction: key === undefined ? direction : t(key), x, y })
      },
      'edge.a11yDescription.default': t('flow.edge'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  )

  return (
    <div className="relations">
      <div className="relations-graph" role="region" aria-label={t('map.relationsGraph')}>
        <ReactFlow<StakeholderNode, RelationEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={(changes) => {
            for (const c of changes)
              if (c.type === 'select') setSelectedEdge(c.selected ? c.id : null)
          }}
          onEdgesDelete={(gone) => edit((doc) => gone.forEach((e) => removeRelation(doc, e.id)))}
          onConnect={onConnect}
          onInit={(instance) => {
            flow.current = instance
          }}
          connectionMode={ConnectionMode.Loose}
          deleteKeyCode={['Delete', 'Backspace']}
          fitView
          fitViewOptions={{ padding: 0.2 }}
          minZoom={0.2}
          maxZoom={2.5}
          ariaLabelConfig={aria}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <RelationsPanel
        stakeholders={stakeholders}
        relations={relations}
        onArrange={arrange}
        onAdd={(from, to, label) => edit((doc) => addRelation(doc, boardId, { from, to, label }))}
        onLabel={(id, label) => edit((doc) => updateRelation(doc, id, { label }))}
        onDelete={(id) => edit((doc) => removeRelation(doc, id))}
      />
    </div>
  )
}
